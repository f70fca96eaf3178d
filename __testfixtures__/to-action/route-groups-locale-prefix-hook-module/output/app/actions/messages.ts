'use server';

export async function createMessage(input: { text?: any }) {
  const { text } = input;
  return { id: 'm1', text };
}
