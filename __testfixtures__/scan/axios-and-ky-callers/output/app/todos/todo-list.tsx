'use client';

import { useState } from 'react';
import axios, { isAxiosError } from 'axios';
import type { Todo } from '@/lib/todos';

export function TodoList({ initial }: { initial: Todo[] }) {
  const [todos, setTodos] = useState(initial);
  const [title, setTitle] = useState('');

  async function add() {
    const { data } = await axios.post('/api/todos', { title }, { headers: { 'Content-Type': 'application/json' } });
    setTodos([...todos, data]);
    setTitle('');
  }

  async function toggle(todo: Todo) {
    const res = await axios.patch(`/api/todos/${todo.id}`, { done: !todo.done });
    setTodos(todos.map((t) => (t.id === todo.id ? res.data : t)));
  }

  async function remove(id: string) {
    try {
      await axios.delete(`/api/todos/${id}`);
      setTodos(todos.filter((t) => t.id !== id));
    } catch (error) {
      console.error(isAxiosError(error) ? error.message : error);
    }
  }

  return (
    <div>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
      <button onClick={add}>Add</button>
      <ul>
        {todos.map((todo) => (
          <li key={todo.id}>
            <button onClick={() => toggle(todo)}>{todo.done ? 'Undo' : 'Done'}</button>
            {todo.title}
            <button onClick={() => remove(todo.id)}>Remove</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
