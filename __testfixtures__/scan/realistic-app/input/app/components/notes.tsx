'use client';
import { useState } from 'react';

export function Notes({ id }: { id: string }) {
  const [message, setMessage] = useState('');

  async function add(title: string) {
    const res = await fetch('/api/notes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, body: '' }),
    });
    const data = await res.json();
    if (!res.ok) {
      setMessage(data.error);
      return;
    }
    setMessage(`Added ${data.title}`);
  }

  async function remove() {
    const res = await fetch(`/api/notes/${id}`, { method: 'DELETE' });
    const data = await res.json();
    setMessage(data.deleted ? 'Deleted' : 'Nope');
  }

  return <button onClick={() => add('x')}>{message}</button>;
}
