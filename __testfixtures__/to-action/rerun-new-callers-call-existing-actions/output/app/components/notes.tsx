'use client';
import { useState } from 'react';
import { createNote, deleteNote } from '@/app/actions/notes';

export function Notes({ id }: { id: string }) {
  const [message, setMessage] = useState('');

  async function add(title: string) {
    const result = await createNote({ title, body: '' });
    const data = result.data;
    if (!result.ok) {
      setMessage(data.error);
      return;
    }
    setMessage(`Added ${data.title}`);
  }

  async function remove() {
    const data = await deleteNote(id);
    setMessage(data.deleted ? 'Deleted' : 'Nope');
  }

  // Added later, in a module that already imports the action.
  async function removeAgain() {
    const data = await deleteNote(id);
    return data.deleted;
  }

  return <button onClick={() => add('x')}>{message}</button>;
}
