'use client';

import { useActionState } from 'react';
import { createContact } from '../actions/contact';

export function ContactForm() {
  const [{ message, error }, formAction, pending] = useActionState(handleSubmit, { message: '', error: null });

  async function handleSubmit(prevState: { message: string; error: string | null }, formData: FormData) {
    let { message, error } = prevState;
    const result = await createContact(formData);
    const data = result.data;
    if (!result.ok) {
      error = data.error;
      return { message, error };
    }
    error = null;
    message = data.message;
    return { message, error };
  }

  return (
    <form action={formAction}>
      <input name="email" type="email" />
      <button disabled={pending}>{pending ? 'Sending…' : 'Send'}</button>
      {error && <p role="alert">{error}</p>}
      {message && <p>{message}</p>}
    </form>
  );
}
