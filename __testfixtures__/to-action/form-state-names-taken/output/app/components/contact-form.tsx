'use client';

import { useActionState as useReactActionState } from 'react';
import { useActionState } from '../lib/compat';
import { createContact } from '../actions/contact';

export function ContactForm({ prevState }: { prevState?: string }) {
  const [{ message, error }, formAction2] = useReactActionState(handleSubmit, { message: prevState ?? '', error: null });
  const formAction = '/contact';

  async function handleSubmit(prevState2: { message: any; error: string | null }, formData: FormData) {
    let { message, error } = prevState2;
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
    <form action={formAction2} data-fallback={formAction}>
      <input name="email" type="email" />
      <button>Send</button>
      {error && <p role="alert">{error}</p>}
      {message && <p>{message}</p>}
    </form>
  );
}

export function Counter() {
  const count = useActionState();
  return <p>{count}</p>;
}
