'use client';

import { createNote } from '@/app/actions/notes';

export function NoteButton() {
  async function save() {
    await createNote({ text: 'hi' });
  }
  return <button onClick={save}>Save</button>;
}
