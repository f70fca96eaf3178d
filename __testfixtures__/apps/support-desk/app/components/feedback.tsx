'use client';

import { useState } from 'react';

export function Feedback({ question }: { question: string }) {
  const [thanks, setThanks] = useState('');

  async function send(helpful: boolean) {
    const res = await fetch('/api/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question, helpful }),
    });
    const data = await res.json();
    setThanks(res.ok ? data.message : data.error);
  }

  if (thanks) return <p role="status">{thanks}</p>;

  return (
    <p>
      Was this helpful?{' '}
      <button type="button" onClick={() => send(true)}>
        Yes
      </button>{' '}
      <button type="button" onClick={() => send(false)}>
        No
      </button>
    </p>
  );
}
