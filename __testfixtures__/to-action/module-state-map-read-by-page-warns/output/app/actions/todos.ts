'use server';

import { createTodo } from '@/lib/todo-service';

export async function createTodoAction(input: { title: string }) {
  const { title } = input;
  const todo = createTodo(title);
  return todo;
}
