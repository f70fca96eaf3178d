'use client';

import { useState } from 'react';
import type { Todo } from '@/lib/todos';
import { toggleTodo } from '@/app/actions/todos-toggle';

export function TodoItem({ todo }: { todo: Todo }) {
  const [done, setDone] = useState(todo.done);

  return (
    <li>
      <button
        onClick={() => {
          toggleTodo(todo.id)
            .then((updated: Todo) => setDone(updated.done));
        }}
      >
        {done ? 'Undo' : 'Done'}
      </button>
      {todo.title}
    </li>
  );
}
