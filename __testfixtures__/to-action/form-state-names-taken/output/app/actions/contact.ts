'use server';

export async function createContact(formData: FormData): Promise<{ ok: boolean; status: number; data: any }> {
  const email = formData.get('email');
  if (typeof email !== 'string' || !email.includes('@')) {
    return {
      ok: false,
      status: 422,
      data: { error: 'Enter a valid email' }
    };
  }
  return {
    ok: true,
    status: 200,
    data: { message: `Thanks, ${email}` }
  };
}
