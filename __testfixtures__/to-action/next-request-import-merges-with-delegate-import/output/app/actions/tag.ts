'use server';

export async function createTag(input: { name?: any }) {
  const { name } = input;
  return { name };
}
