import { markPaid } from '@/lib/projects';
import { verifyBillingEvent } from '@/lib/billing';

export async function POST(req: Request) {
  const payload = await req.text();
  const event = verifyBillingEvent(payload, req.headers.get('x-billing-signature'));
  if (!event) return new Response('Bad signature', { status: 400 });
  await markPaid(event.projectId);
  return new Response('ok');
}
