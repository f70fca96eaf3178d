'use client';

import { saveNote as saveNoteAction } from '../actions/save-note';

// The action's name, spelled with a unicode escape.
const \u0073aveNote = 'draft';

export function Editor() {
  async function onSave() {
    await saveNoteAction({ text: \u0073aveNote });
  }
  return <button onClick={onSave}>Save</button>;
}
