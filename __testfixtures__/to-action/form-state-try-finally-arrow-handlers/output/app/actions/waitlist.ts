'use server';

export async function createWaitlist(form: FormData): Promise<{ ok: boolean; status: number; data: any }> {
  const email = String(form.get('email') ?? '');
  if (!email.includes('@')) return {
    ok: false,
    status: 422,
    data: { error: 'That is not an email address' }
  };
  return {
    ok: true,
    status: 200,
    data: { position: email.length }
  };
}
