import { withError } from '@acme/route-utils';

// A wrapper from a package cannot be moved; the handler inside still says what the route is.
export const POST = withError(async (req: Request) => {
  const payload = await req.text();
  const signature = req.headers.get('x-hub-signature-256');
  if (!signature) return new Response('missing signature', { status: 401 });
  return Response.json({ ok: payload.length > 0 });
});
