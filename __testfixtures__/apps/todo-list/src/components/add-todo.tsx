'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';

export function AddTodo() {
  const router = useRouter();
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const res = await fetch('/api/todos', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    });
    const data = await res.json();
    if (!res.ok) {
      setError(data.error);
      return;
    }
    setError('');
    setTitle('');
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit}>
      <label htmlFor="new-todo">New todo</label>{' '}
      <input id="new-todo" value={title} onChange={(event) => setTitle(event.target.value)} placeholder="What needs doing?" />{' '}
      <button type="submit">Add</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
