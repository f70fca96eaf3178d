'use client';

import { useState } from 'react';
import { useFormState } from 'react-hook-form';
import { Status } from './status';

export function RsvpForm() {
  const [reply, setReply] = useState('');

  async function handleSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const res = await fetch('/api/rsvp', { method: 'POST', body: new FormData(e.currentTarget) });
    const body = await res.json();
    setReply(res.ok ? body.message : body.error);
  }

  return (
    <form onSubmit={handleSubmit}>
      <input name="name" />
      <button>RSVP</button>
      <Status reply={reply} useFormState={useFormState} />
    </form>
  );
}
