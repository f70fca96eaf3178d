import { createHmac, timingSafeEqual } from 'crypto';

export function verifyBillingEvent(payload: string, signature: string | null): { projectId: string } | null {
  if (!signature) return null;
  const expected = createHmac('sha256', process.env.BILLING_SECRET ?? '').update(payload).digest('hex');
  if (expected.length !== signature.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) return null;
  return JSON.parse(payload) as { projectId: string };
}
