'use server';

export async function addTodo(title: string) {
  return { title, done: false };
}
