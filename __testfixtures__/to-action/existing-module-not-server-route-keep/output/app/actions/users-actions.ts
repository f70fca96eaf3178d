'use server';

export async function createUser(input: { name?: any }) {
  const { name } = input;
  return { id: crypto.randomUUID(), name };
}
