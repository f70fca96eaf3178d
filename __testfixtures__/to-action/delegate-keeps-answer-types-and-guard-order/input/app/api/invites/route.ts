import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { invites } from '@/lib/invites';

export async function POST(req: Request) {
  const session = await auth();
  if (!session) {
    return new Response('Unauthorized', { status: 401 });
  }
  if (session.user.role !== 'owner') return NextResponse.json({ error: 'Only the owner can invite' }, { status: 403 });

  const { email } = await req.json();
  if (typeof email !== 'string' || !email.includes('@')) {
    return NextResponse.json({ error: 'Enter an email address' }, { status: 422 });
  }
  const invite = await invites.create(session.user.id, email);
  return NextResponse.json(invite);
}
