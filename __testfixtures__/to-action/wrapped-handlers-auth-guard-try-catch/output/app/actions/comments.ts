'use server';

export async function createComment(input: { text?: any }) {
  console.log(`[api] POST`);
  const { text } = input;
  return { text };
}
