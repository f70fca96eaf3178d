'use server';

export async function sendContact(formData: FormData) {
  const email = String(formData.get('email') ?? '');
  return { sent: email.includes('@') };
}
