'use server';

export async function createNewsletter(form: FormData) {
  const email = form.get('email');
  return { subscribed: Boolean(email) };
}
