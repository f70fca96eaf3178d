'use server';

export async function subscribe(input: { email?: any }) {
  const { email } = input;
  return { subscribed: String(email) };
}
