'use client';

import { useState } from 'react';
import ky from 'ky';
import type { Note } from '@/lib/notes';
import { createNote, updateNote, deleteNote } from '@/app/actions/notes';
import { publish as publishAction } from '@/app/actions/publish';

export function Notes({ initial }: { initial: Note[] }) {
  const [notes, setNotes] = useState(initial);
  const [text, setText] = useState('');
  const [attachment, setAttachment] = useState('');

  async function add() {
    const note = await createNote({ text });
    setNotes([...notes, note]);
  }

  async function edit(id: string) {
    const updated = await updateNote(id, { text });
    setNotes(notes.map((n) => (n.id === id ? updated : n)));
  }

  async function remove(id: string) {
    await deleteNote(id);
    setNotes(notes.filter((n) => n.id !== id));
  }

  function attach(file: File) {
    const formData = new FormData();
    formData.append('file', file);
    ky.post('/api/attachments', { body: formData })
      .json<{ name: string }>()
      .then((result) => setAttachment(result.name));
  }

  async function publish(id: string) {
    const result = await publishAction({ id });
    if (!result.ok) throw new Error(`Request failed with status code ${result.status}`);
  }

  async function draft() {
    await ky.post('/api/notes', { json: { text }, searchParams: { draft: 'true' } });
  }

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={add}>Add</button>
      <button onClick={draft}>Draft</button>
      <input type="file" onChange={(e) => e.target.files?.[0] && attach(e.target.files[0])} />
      {attachment && <p>{attachment}</p>}
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            {note.text}
            <button onClick={() => edit(note.id)}>Save</button>
            <button onClick={() => publish(note.id)}>Publish</button>
            <button onClick={() => remove(note.id)}>Remove</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
