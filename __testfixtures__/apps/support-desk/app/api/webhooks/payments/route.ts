import { revalidatePath } from 'next/cache';
import { markPaid } from '@/lib/billing';
import { verifySignature } from '@/lib/signature';

const secret = process.env.PAYMENTS_WEBHOOK_SECRET ?? 'whsec_local_development';

export async function POST(request: Request) {
  const payload = await request.text();
  if (!verifySignature(payload, request.headers.get('x-signature'), secret)) {
    return new Response('Invalid signature', { status: 401 });
  }

  const event = JSON.parse(payload) as { type: string; data: { invoiceId: string } };
  if (event.type === 'invoice.paid') {
    const invoice = markPaid(event.data.invoiceId);
    if (!invoice) return Response.json({ error: 'Unknown invoice' }, { status: 404 });
    revalidatePath('/billing');
  }
  return Response.json({ received: true });
}
