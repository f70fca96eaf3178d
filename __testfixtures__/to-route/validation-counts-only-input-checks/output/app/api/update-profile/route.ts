import { NextResponse } from 'next/server';
import { unstable_rethrow } from 'next/navigation';
import { updateProfile } from '../../actions/account';

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
  try {
    const result = await updateProfile(body as any);
    if (result === undefined) return new Response(null, { status: 204 });
    return NextResponse.json(result);
  } catch (error) {
    // redirect() and notFound() throw on purpose: let Next.js handle them.
    unstable_rethrow(error);
    console.error(error);
    return NextResponse.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
