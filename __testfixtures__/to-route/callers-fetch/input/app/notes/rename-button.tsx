'use client';

import { useActionState } from 'react';
import { renameNote, saveNote } from '../actions/notes';

export function RenameButton({ id }: { id: string }) {
  const [state, formAction] = useActionState(saveNote, undefined);

  async function rename() {
    const note = await renameNote(id, 'Renamed');
    console.log(note.title);
  }

  return (
    <form action={formAction}>
      <button type="button" onClick={rename}>Rename</button>
      <p>{state?.message}</p>
    </form>
  );
}
