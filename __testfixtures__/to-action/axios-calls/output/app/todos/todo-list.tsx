'use client';

import { useState } from 'react';
import { isAxiosError } from 'axios';
import type { Todo } from '@/lib/todos';
import { createTodo, updateTodo, deleteTodo } from '@/app/actions/todos';

export function TodoList({ initial }: { initial: Todo[] }) {
  const [todos, setTodos] = useState(initial);
  const [title, setTitle] = useState('');

  async function add() {
    const data = (await createTodo({ title })).data;
    setTodos([...todos, data]);
    setTitle('');
  }

  async function toggle(todo: Todo) {
    const data = await updateTodo(todo.id, { done: !todo.done });
    setTodos(todos.map((t) => (t.id === todo.id ? data : t)));
  }

  async function remove(id: string) {
    try {
      await deleteTodo(id);
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
