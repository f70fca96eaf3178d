import { NextResponse } from 'next/server';
import { unstable_rethrow } from 'next/navigation';
import { deleteComment } from '../../actions/account';

export async function POST(request: Request) {
  if (!request.headers.get('content-type')?.includes('application/json')) {
    return NextResponse.json({ error: 'Expected application/json' }, { status: 400 });
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return NextResponse.json({ error: 'Expected a JSON object with commentId' }, { status: 400 });
  }
  const { commentId } = body as Record<string, any>;
  try {
    const result = await deleteComment(commentId);
    if (result === undefined) return new Response(null, { status: 204 });
    return NextResponse.json(result, { status: failureStatus(result) });
  } catch (error) {
    // redirect() and notFound() throw on purpose: let Next.js handle them.
    unstable_rethrow(error);
    console.error(error);
    return NextResponse.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}

/** The failures deleteComment returns rather than throws: they answer 4xx, not 200. */
function failureStatus(result: unknown): number {
  const fields = (typeof result === 'object' && result !== null ? result : {}) as { error?: unknown };
  if (fields.error === 'Forbidden') return 403;
  return 200;
}
