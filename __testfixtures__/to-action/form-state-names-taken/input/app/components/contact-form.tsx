'use client';

import { useState } from 'react';
import type { FormEvent } from 'react';
import { useActionState } from '../lib/compat';

export function ContactForm({ prevState }: { prevState?: string }) {
  const [message, setMessage] = useState(prevState ?? '');
  const [error, setError] = useState<string | null>(null);
  const formAction = '/contact';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const res = await fetch('/api/contact', { method: 'POST', body: formData });
    const data = await res.json();
    if (!res.ok) {
      setError(data.error);
      return;
    }
    setError(null);
    setMessage(data.message);
  }

  return (
    <form onSubmit={handleSubmit} data-fallback={formAction}>
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
