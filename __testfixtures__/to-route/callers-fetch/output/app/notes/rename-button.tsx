'use client';

import { useActionState } from 'react';
import { saveNote } from '../actions/notes';

export function RenameButton({ id }: { id: string }) {
  const [state, formAction] = useActionState(saveNote, undefined);

  async function rename() {
    const note = await fetch('/app/api/rename-note', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id, title: 'Renamed' }) }).then((res) => (res.ok ? (res.status === 204 ? undefined : res.json()) : Promise.reject(new Error(`/app/api/rename-note answered ${res.status}`))));
    console.log(note.title);
  }

  return (
    <form action={formAction}>
      <button type="button" onClick={rename}>Rename</button>
      <p>{state?.message}</p>
    </form>
  );
}
