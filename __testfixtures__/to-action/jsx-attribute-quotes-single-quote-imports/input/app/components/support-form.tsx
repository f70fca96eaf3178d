'use client';

import { useState } from 'react';

// Single quotes in code; the many JSX attributes are double-quoted as JSX always is.
export function SupportForm() {
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  async function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const res = await fetch('/api/support', { method: 'POST', body: new FormData(event.currentTarget) });
    const data = await res.json();
    if (!res.ok) {
      setError(data.error);
      return;
    }
    setError(null);
    setMessage(data.message);
  }

  return (
    <form onSubmit={handleSubmit} className="support-form" noValidate>
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
