'use server';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export async function subscribe(input: { email?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { email } = input;
  if (!EMAIL.test(email)) {
    return {
      ok: false,
      status: 400,
      data: { error: 'That does not look like an email address' }
    };
  }
  return {
    ok: true,
    status: 200,
    data: { subscribed: true }
  };
}
