'use client';

import { useState } from 'react';

export function Comment({ id, initial }: { id: string; initial: string }) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState('');

  async function save() {
    const res = await fetch(`/api/comments/${id}`, { method: 'PATCH', body: JSON.stringify({ text }) });
    const data = await res.json();
    if (!res.ok) setError(data.error);
  }

  async function remove() {
    await fetch(`/api/comments/${id}`, { method: 'DELETE' });
  }

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={save}>Save</button>
      <button onClick={remove}>Delete</button>
      {error && <p>{error}</p>}
    </div>
  );
}
