'use client';

import api from 'ky';
import { createNote, deleteNote } from '@/app/actions/notes';

const options = { json: { text: 'From a module constant' } };

// Each call shows how an unusual shape is read: moved when its body and use are known, else kept.
export function OddCalls({ text }: { text: string }) {
  async function optionsElsewhere() {
    await api.post('/api/notes', options);
  }
  async function asText() {
    return api.post('/api/notes', { json: { text } }).text();
  }
  async function stringifiedBody() {
    const data = await createNote({ text });
    return Promise.resolve(data);
  }
  async function withRetry() {
    await api.post('/api/notes', { json: { text }, retry: 2 });
  }

  return <button onClick={() => deleteNote('1')}>Remove the first note</button>;
}
