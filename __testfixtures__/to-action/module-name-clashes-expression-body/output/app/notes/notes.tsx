'use client';

import { createNote, updateNote } from '@/app/actions/notes';

export function Notes() {
  async function add() {
    const result = await createNote({ title: 'Hi' });
    const note = result.data;
    console.log(note.id);
  }
  async function save(id: string) {
    const { saved } = await updateNote(id, { text: 'x' });
    console.log(saved);
  }
  return (
    <div>
      <button onClick={add}>Add</button>
      <button onClick={() => save('n1')}>Save</button>
    </div>
  );
}
