'use client';

import { useState } from 'react';
import { subscribe } from '@/app/actions/subscribe';

export function SubscribeForm() {
  const [email, setEmail] = useState('');
  const [status, setStatus] = useState('');

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    const result = await subscribe({ email });
    if (result.ok) {
      setStatus('Subscribed!');
      setEmail('');
    } else {
      const { error } = result.data;
      setStatus(error);
    }
  };

  return (
    <form onSubmit={onSubmit}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="submit">Subscribe</button>
      <p>{status}</p>
    </form>
  );
}
