'use client';

import { createNote } from '../actions/note';
import { createTag } from '../actions/tag';

export function NoteForm() {
  async function save() {
    const result = await createNote({ title: 'x' });
    if (!result.ok) return;
    const note = result.data;
    console.log(note);
  }

  async function tag() {
    const created = await createTag({ name: 'y' });
    console.log(created);
  }

  return (
    <>
      <button onClick={save}>Save</button>
      <button onClick={tag}>Tag</button>
    </>
  );
}
