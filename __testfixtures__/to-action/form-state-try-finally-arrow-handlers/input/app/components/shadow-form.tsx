'use client';

import { useState } from 'react';

// The handler declares its own `thanks`: turned into action state, it would clash with the state's.
export function ShadowForm() {
  const [thanks, setThanks] = useState('');

  async function send(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const res = await fetch('/api/feedback', { method: 'POST', body: new FormData(e.currentTarget) });
    const { thanks } = await res.json();
    setThanks(thanks);
  }

  return (
    <form onSubmit={send}>
      <input name="name" />
      <p>{thanks}</p>
    </form>
  );
}
