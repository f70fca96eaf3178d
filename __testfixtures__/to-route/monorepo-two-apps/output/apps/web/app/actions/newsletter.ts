'use server';

export async function subscribe(email: string) {
  if (typeof email !== 'string' || !email.includes('@')) return { error: 'Invalid email' };
  return { subscribed: email };
}
