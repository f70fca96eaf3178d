'use client';

import { useState } from 'react';
import type { Todo } from '@/lib/todos';

export function TodoItem({ todo }: { todo: Todo }) {
  const [done, setDone] = useState(todo.done);

  return (
    <li>
      <button
        onClick={() => {
          fetch(`/api/todos/${todo.id}/toggle`, { method: 'POST' })
            .then((res) => res.json())
            .then((updated: Todo) => setDone(updated.done));
        }}
      >
        {done ? 'Undo' : 'Done'}
      </button>
      {todo.title}
    </li>
  );
}
