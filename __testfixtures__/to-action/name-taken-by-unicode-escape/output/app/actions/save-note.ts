'use server';

export async function saveNote(input: { text: string }) {
  const { text } = input;
  console.log('saved', text);
  return { ok: true };
}
