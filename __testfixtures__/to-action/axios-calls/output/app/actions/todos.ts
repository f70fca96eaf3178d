'use server';

import { todos } from '@/lib/todos';

export async function createTodo(input: { title?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { title } = input;
  const todo = todos.add(String(title));
  return {
    ok: true,
    status: 201,
    data: todo
  };
}

export async function deleteTodo(id: string) {
  todos.remove(id);
  return;
}

export async function updateTodo(id: string, input: { done?: any }) {
  const { done } = input;
  return todos.update(id, Boolean(done));
}
