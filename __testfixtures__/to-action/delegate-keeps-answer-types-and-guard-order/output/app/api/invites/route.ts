import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { createInvite } from '@/app/actions/invites';

export async function POST(request: Request) {
  const session = await auth();
  if (!session) {
    return new Response('Unauthorized', { status: 401 });
  }
  if (session.user.role !== 'owner') return NextResponse.json({ error: 'Only the owner can invite' }, { status: 403 });
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createInvite(input);
  if (result.status === 401) return new Response(result.data, { status: result.status });
  return NextResponse.json(result.data, { status: result.status });
}
