'use server';

export async function createNote(input: { text?: any }) {
  const { text } = input;
  return { saved: String(text) };
}
