import { createHmac, timingSafeEqual } from 'node:crypto';

/** Checks the payment provider's `x-signature` header: hex HMAC-SHA256 of the raw body. */
export function verifySignature(payload: string, signature: string | null, secret: string): boolean {
  if (!signature) return false;
  const expected = createHmac('sha256', secret).update(payload).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
