'use client';

import { useState } from 'react';
import { createItem } from '@/app/actions/items';

export function NoteTools() {
  const [answer, setAnswer] = useState('');

  async function addNote(title: string) {
    const data = await createItem({ title });
    return Promise.resolve(data);
  }

  async function complete(prompt: string) {
    const res = await fetch('/api/completion', { method: 'POST', body: JSON.stringify({ prompt }) });
    setAnswer(await res.json());
  }

  async function ask(prompt: string) {
    const res = await fetch('/api/ai', { method: 'POST', body: JSON.stringify({ prompt }) });
    setAnswer(await res.json());
  }

  async function upload(file: File) {
    const res = await fetch(`/api/upload?filename=${encodeURIComponent(file.name)}`, { method: 'POST', body: JSON.stringify({ name: file.name }) });
    return res.json();
  }

  return (
    <div>
      <button onClick={() => addNote('New note')}>Add</button>
      <button onClick={() => complete('Summarise')}>Complete</button>
      <button onClick={() => ask('Explain')}>Ask</button>
      <input type="file" onChange={(e) => e.target.files && upload(e.target.files[0]!)} />
      <p>{answer}</p>
    </div>
  );
}
