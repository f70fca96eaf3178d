'use client';

import { useActionState } from 'react';
import { createSupport } from '../actions/support';

// Single quotes in code; the many JSX attributes are double-quoted as JSX always is.
export function SupportForm() {
  const [{ error, message }, formAction] = useActionState(handleSubmit, { error: null, message: '' });

  async function handleSubmit(prevState: { error: string | null; message: string }, formData: FormData) {
    let { error, message } = prevState;
    const result = await createSupport(formData);
    const data = result.data;
    if (!result.ok) {
      error = data.error;
      return { error, message };
    }
    error = null;
    message = data.message;
    return { error, message };
  }

  return (
    <form action={formAction} className="support-form" noValidate>
      <label htmlFor="email" className="label">Email</label>
      <input id="email" name="email" type="email" autoComplete="email" className="input" />
      <label htmlFor="topic" className="label">Topic</label>
      <select id="topic" name="topic" className="input">
        <option value="billing">Billing</option>
        <option value="bug">Bug</option>
      </select>
      <button type="submit" className="button">Send</button>
      {error && <p role="alert" className="error">{error}</p>}
      {message && <p role="status" className="success">{message}</p>}
    </form>
  );
}
