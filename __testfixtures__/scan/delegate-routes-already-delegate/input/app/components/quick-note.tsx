'use client';
import { useState } from 'react';

// Added after the first migration: it still fetches the routes that now delegate.
export function QuickNote({ id }: { id: string }) {
  const [status, setStatus] = useState('');

  async function save(title: string) {
    const res = await fetch('/api/notes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, body: '' }),
    });
    const data = await res.json();
    setStatus(res.ok ? `Saved ${data.title}` : data.error);
  }

  async function discard() {
    const res = await fetch(`/api/notes/${id}`, { method: 'DELETE' });
    const data = await res.json();
    setStatus(data.deleted ? 'Discarded' : 'Kept');
  }

  async function discardChecked() {
    // The plain action has no status to read: this call stays.
    const res = await fetch(`/api/notes/${id}`, { method: 'DELETE' });
    if (res.status === 200) setStatus('Gone');
  }

  return (
    <div>
      <button onClick={() => save('Quick')}>Save</button>
      <button onClick={discard}>Discard</button>
      <button onClick={discardChecked}>Discard (checked)</button>
      <p>{status}</p>
    </div>
  );
}
