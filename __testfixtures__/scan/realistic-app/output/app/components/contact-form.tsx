'use client';

import { useState } from 'react';
import type { FormEvent } from 'react';

export function ContactForm() {
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const formData = new FormData(event.currentTarget);
    const res = await fetch('/api/contact', { method: 'POST', body: formData });
    const data = await res.json();
    setPending(false);
    if (!res.ok) {
      setError(data.error);
      return;
    }
    setError(null);
    setMessage(data.message);
  }

  return (
    <form onSubmit={handleSubmit}>
      <input name="email" type="email" />
      <button disabled={pending}>{pending ? 'Sending…' : 'Send'}</button>
      {error && <p role="alert">{error}</p>}
      {message && <p>{message}</p>}
    </form>
  );
}
