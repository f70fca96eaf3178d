'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { createTodo } from '@/app/actions/todos';

export function AddTodo() {
  const router = useRouter();
  const [title, setTitle] = useState('');

  async function add() {
    await createTodo({ title });
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
