'use server';

import { invites } from '@/lib/invites';

export async function createResend(input: { inviteId?: any }) {
  const { inviteId } = input;
  const invite = await invites.resend(String(inviteId));
  if (!invite) return;
  return `Sent again to ${invite.email}`;
}
