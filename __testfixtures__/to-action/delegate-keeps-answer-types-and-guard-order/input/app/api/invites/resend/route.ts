import { invites } from '@/lib/invites';

export async function POST(req: Request) {
  const { inviteId } = await req.json();
  const invite = await invites.resend(String(inviteId));
  if (!invite) return new Response(null);
  return new Response(`Sent again to ${invite.email}`);
}
