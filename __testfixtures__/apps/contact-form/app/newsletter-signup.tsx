'use client';

import { useState } from 'react';

export function NewsletterSignup() {
  const [email, setEmail] = useState('');
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);

  async function subscribe(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const res = await fetch('/api/newsletter', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    const data = await res.json();
    setPending(false);
    if (!res.ok) {
      setNote(data.error);
      return;
    }
    setEmail('');
    setNote(`Subscribed ${data.email}. See you next month!`);
  }

  return (
    <form onSubmit={subscribe} className="newsletter">
      <label htmlFor="newsletter-email">Newsletter email</label>
      <input id="newsletter-email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="submit" disabled={pending}>
        {pending ? 'Subscribing…' : 'Subscribe'}
      </button>
      {note && <p role="status">{note}</p>}
    </form>
  );
}
