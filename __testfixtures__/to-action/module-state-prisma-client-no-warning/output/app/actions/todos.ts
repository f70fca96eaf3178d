'use server';

import { addTodo } from '@/lib/todos';

export async function createTodo(input: { title: string }) {
  const { title } = input;
  const todo = await addTodo(title);
  return todo;
}
