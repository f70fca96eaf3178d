'use client';

import { useState, type FormEvent } from 'react';

export function WaitlistForm() {
  const [position, setPosition] = useState<number | null>(null);
  const [error, setError] = useState('');
  const [joining, setJoining] = useState(false);

  const join = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setJoining(true);
    const data = new FormData(event.currentTarget);
    try {
      const res = await fetch('/api/waitlist', { method: 'POST', body: data });
      const body = await res.json();
      if (!res.ok) {
        setError(body.error);
        return;
      }
      setPosition(body.position);
    } catch {
      setError('The waitlist is not answering');
    } finally {
      setJoining(false);
    }
  };

  return (
    <form onSubmit={join}>
      <input name="email" type="email" />
      <button disabled={joining}>{joining ? 'Joining…' : 'Join'}</button>
      {position !== null && <p>You are number {position}</p>}
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
