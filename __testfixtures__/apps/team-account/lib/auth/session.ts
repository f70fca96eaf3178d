import { createHmac, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';

// The session is the user id signed with HMAC-SHA256: any server process with the secret can check
// it, and nothing about it lives in memory.
const SECRET = process.env.AUTH_SECRET ?? 'team-account-development-secret';
const COOKIE = 'session';

const signatureOf = (value: string) => createHmac('sha256', SECRET).update(value).digest('hex');

export async function setSession(userId: number): Promise<void> {
  const value = String(userId);
  // Not `secure`: the demo is served over plain http on 127.0.0.1.
  (await cookies()).set(COOKIE, `${value}.${signatureOf(value)}`, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 24 });
}

export async function clearSession(): Promise<void> {
  (await cookies()).delete(COOKIE);
}

/** The user id of a valid session cookie, or null. */
export async function sessionUserId(): Promise<number | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  const [value, signature] = raw.split('.');
  if (!value || !signature) return null;
  const expected = Buffer.from(signatureOf(value), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const id = Number(value);
  return Number.isInteger(id) ? id : null;
}
