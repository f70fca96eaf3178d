'use server';

export async function joinWaitlist(formData: FormData) {
  const email = formData.get('email');
  if (typeof email !== 'string' || !email.includes('@')) return { error: 'Enter an email address' };
  return { joined: email };
}
