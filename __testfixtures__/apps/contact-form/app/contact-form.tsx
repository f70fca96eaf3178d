'use client';

import { useState } from 'react';

export function ContactForm() {
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState('');

  async function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const res = await fetch('/api/contact', { method: 'POST', body: formData });
    const data = await res.json();
    if (!res.ok) {
      setError(data.error);
      setSuccess('');
      return;
    }
    setError(null);
    setSuccess(data.message);
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <label htmlFor="name">Name</label>
      <input id="name" name="name" autoComplete="name" />
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="email" />
      <label htmlFor="message">Message</label>
      <textarea id="message" name="message" rows={5} />
      <button type="submit">Send message</button>
      {error && <p role="alert">{error}</p>}
      {success && <p className="success">{success}</p>}
    </form>
  );
}
