import { verify } from '@/lib/verify';

export async function POST(request: Request) {
  const payload = await request.text();
  const signature = request.headers.get('stripe-signature');
  if (!verify(payload, signature)) {
    return new Response('Bad signature', { status: 400 });
  }
  return Response.json({ received: true });
}
