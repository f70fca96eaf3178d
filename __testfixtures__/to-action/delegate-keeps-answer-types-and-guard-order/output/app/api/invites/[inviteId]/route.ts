import { NextResponse } from 'next/server';
import { deleteInvite } from '@/app/actions/invites';

export async function DELETE(_request: Request, { params }: { params: Promise<{ inviteId: string }> }) {
  const { inviteId } = await params;
  const result = await deleteInvite(inviteId);
  if (result.status === 204 || result.status === 401) return new Response(null, { status: result.status });
  return NextResponse.json(result.data, { status: result.status });
}
