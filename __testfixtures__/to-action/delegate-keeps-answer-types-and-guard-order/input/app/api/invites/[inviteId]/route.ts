import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { invites } from '@/lib/invites';

export async function DELETE(req: Request, { params }: { params: Promise<{ inviteId: string }> }) {
  const session = await auth();
  if (!session) return new Response(null, { status: 401 });
  const { inviteId } = await params;
  const revoked = await invites.revoke(inviteId);
  if (!revoked) return NextResponse.json({ error: 'No such invite' }, { status: 404 });
  return new Response(null, { status: 204 });
}
