import { NextResponse } from 'next/server';
import { unstable_rethrow } from 'next/navigation';
import { joinWaitlist } from '@/app/actions/newsletter';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': 'https://partner.example.com',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

export async function POST(request: Request) {
  // Server Actions refuse a form post from another site: so does this route.
  if (isCrossSiteForm(request)) {
    return NextResponse.json({ error: 'Cross-site form posts are not accepted' }, { status: 403, headers: CORS_HEADERS });
  }
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected multipart/form-data or application/x-www-form-urlencoded' }, { status: 400, headers: CORS_HEADERS });
  }
  try {
    const result = await joinWaitlist(formData);
    if (result === undefined) return new Response(null, { status: 204, headers: CORS_HEADERS });
    return NextResponse.json(result, { status: failureStatus(result), headers: CORS_HEADERS });
  } catch (error) {
    // redirect() and notFound() throw on purpose: let Next.js handle them.
    unstable_rethrow(error);
    console.error(error);
    return NextResponse.json({ error: 'Internal Server Error' }, { status: 500, headers: CORS_HEADERS });
  }
}

/** A post a browser sends from another site: its Origin is not this host nor https://partner.example.com. */
function isCrossSiteForm(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'https://partner.example.com') return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The failures joinWaitlist returns rather than throws: they answer 4xx, not 200. */
function failureStatus(result: unknown): number {
  const fields = (typeof result === 'object' && result !== null ? result : {}) as { error?: unknown };
  if (fields.error) return 400;
  return 200;
}
