'use server';

import { allow } from '@/lib/rate-limit';

export async function createTodo(input: { title: string }): Promise<{ ok: boolean; status: number; data: any }> {
  const { title } = input;
  if (!allow('todos', 10, 60_000)) return {
    ok: false,
    status: 429,
    data: { error: 'slow down' }
  };
  console.log('new todo', title);
  return {
    ok: true,
    status: 200,
    data: { ok: true }
  };
}
