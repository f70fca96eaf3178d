'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Todo } from '@/lib/todos';

export function TodoItem({ todo }: { todo: Todo }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function toggle() {
    setBusy(true);
    const res = await fetch(`/api/todos/${todo.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ done: !todo.done }),
    });
    setBusy(false);
    if (!res.ok) {
      setError('Could not update this todo');
      return;
    }
    router.refresh();
  }

  async function remove() {
    setBusy(true);
    const res = await fetch(`/api/todos/${todo.id}`, { method: 'DELETE' });
    const data = await res.json();
    setBusy(false);
    if (!res.ok) {
      setError(data.error);
      return;
    }
    router.refresh();
  }

  return (
    <li>
      <label className={todo.done ? 'done' : undefined}>
        <input type="checkbox" checked={todo.done} onChange={toggle} disabled={busy} /> {todo.title}
      </label>
      <button type="button" onClick={remove} disabled={busy} aria-label={`Delete ${todo.title}`}>
        Delete
      </button>
      {error && <p role="alert">{error}</p>}
    </li>
  );
}
