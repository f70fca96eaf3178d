'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';

export function AddTodo() {
  const router = useRouter();
  const [title, setTitle] = useState('');

  async function add() {
    await fetch('/api/todos', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    });
    setTitle('');
    router.refresh();
  }

  return (
    <div>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
      <button onClick={add}>Add</button>
    </div>
  );
}
