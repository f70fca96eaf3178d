import { NextResponse } from 'next/server';
import { unstable_rethrow } from 'next/navigation';
import { countVisit } from '@/app/actions/workspace';

export async function POST(request: Request) {
  // Server Actions refuse a form post from another site: so does this route.
  if (isCrossSiteForm(request)) {
    return NextResponse.json({ error: 'Cross-site form posts are not accepted' }, { status: 403 });
  }
  try {
    const result = await countVisit({});
    if (result === undefined) return new Response(null, { status: 204 });
    return NextResponse.json(result, { status: failureStatus(result) });
  } catch (error) {
    // redirect() and notFound() throw on purpose: let Next.js handle them.
    unstable_rethrow(error);
    console.error(error);
    return NextResponse.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}

/** A post a browser sends from another site: its Origin is not this host. */
function isCrossSiteForm(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The failures countVisit returns rather than throws: they answer 4xx, not 200. */
function failureStatus(result: unknown): number {
  const fields = (typeof result === 'object' && result !== null ? result : {}) as { validationErrors?: unknown; serverError?: unknown };
  if (fields.validationErrors) return 422;
  if (fields.serverError) return 500;
  return 200;
}
