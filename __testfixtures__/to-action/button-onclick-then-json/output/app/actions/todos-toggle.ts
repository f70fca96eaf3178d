'use server';

import { revalidatePath } from 'next/cache';
import { todos } from '@/lib/todos';

export async function toggleTodo(id: string) {
  const todo = todos.toggle(id);
  revalidatePath('/todos');
  return todo;
}
