'use client';

import { useState } from 'react';
import ky from 'ky';
import type { Note } from '@/lib/notes';

export function Notes({ initial }: { initial: Note[] }) {
  const [notes, setNotes] = useState(initial);
  const [text, setText] = useState('');
  const [attachment, setAttachment] = useState('');

  async function add() {
    const note = await ky.post('/api/notes', { json: { text } }).json<Note>();
    setNotes([...notes, note]);
  }

  async function edit(id: string) {
    const res = await ky.patch(`/api/notes/${id}`, { json: { text } });
    const updated = await res.json<Note>();
    setNotes(notes.map((n) => (n.id === id ? updated : n)));
  }

  async function remove(id: string) {
    await ky.delete(`/api/notes/${id}`);
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
    await ky.post('/api/publish', { json: { id } });
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
