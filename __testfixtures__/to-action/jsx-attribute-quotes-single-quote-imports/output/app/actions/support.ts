'use server';

export async function createSupport(formData: FormData): Promise<{ ok: boolean; status: number; data: any }> {
  const email = formData.get('email');
  if (!email) {
    return {
      ok: false,
      status: 400,
      data: { error: 'Tell us where to reply' }
    };
  }
  return {
    ok: true,
    status: 200,
    data: { message: `We will reply to ${email}` }
  };
}
