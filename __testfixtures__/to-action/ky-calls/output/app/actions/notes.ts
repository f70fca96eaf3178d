'use server';

import { notes } from '@/lib/notes';

export async function createNote(input: { text?: any }) {
  const { text } = input;
  return notes.add(String(text));
}

export async function deleteNote(id: string) {
  notes.remove(id);
  return;
}

export async function updateNote(id: string, input: { text?: any }) {
  const { text } = input;
  return notes.edit(id, String(text));
}
