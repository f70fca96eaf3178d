'use client';

import { useState } from 'react';

export function FeedbackForm() {
  const [thanks, setThanks] = useState('');
  const [sending, setSending] = useState(false);

  async function send(e: React.FormEvent<HTMLFormElement>) {
    // The browser would reload the page.
    e.preventDefault();
    setSending(true);
    try {
      const res = await fetch('/api/feedback', { method: 'POST', body: new FormData(e.currentTarget) });
      const { thanks: note } = await res.json();
      setThanks(`${note}!
We read every note.`);
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={send}>
      <input name="name" />
      <button disabled={sending}>Send</button>
      <p>{thanks}</p>
    </form>
  );
}
