import { currentUser } from '@/lib/store';
import { NextResponse } from 'next/server';
import { subscribe } from '@/app/actions/subscribe';

export async function POST(request: Request) {
  const user = await currentUser();
  if (!user) {
    return new Response('Unauthorized', { status: 401 });
  }
  let body;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await subscribe(body);
  return new Response(result.data, { status: result.status });
}
