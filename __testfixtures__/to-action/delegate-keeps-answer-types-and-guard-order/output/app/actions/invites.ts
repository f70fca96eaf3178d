'use server';

import { auth } from '@/lib/auth';
import { invites } from '@/lib/invites';

export async function createInvite(input: { email?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const session = await auth();
  if (!session) {
    return {
      ok: false,
      status: 401,
      data: 'Unauthorized'
    };
  }
  if (session.user.role !== 'owner') return {
    ok: false,
    status: 403,
    data: { error: 'Only the owner can invite' }
  };

  const { email } = input;
  if (typeof email !== 'string' || !email.includes('@')) {
    return {
      ok: false,
      status: 422,
      data: { error: 'Enter an email address' }
    };
  }
  const invite = await invites.create(session.user.id, email);
  return {
    ok: true,
    status: 200,
    data: invite
  };
}

export async function deleteInvite(inviteId: string): Promise<{ ok: boolean; status: number; data: any }> {
  const session = await auth();
  if (!session) return {
    ok: false,
    status: 401,
    data: null
  };
  const revoked = await invites.revoke(inviteId);
  if (!revoked) return {
    ok: false,
    status: 404,
    data: { error: 'No such invite' }
  };
  return {
    ok: true,
    status: 204,
    data: null
  };
}
