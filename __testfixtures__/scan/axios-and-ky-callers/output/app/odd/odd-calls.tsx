'use client';

import api from 'ky';

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
    const res = await api.post('/api/notes', { body: JSON.stringify({ text }) });
    return res.json();
  }
  async function withRetry() {
    await api.post('/api/notes', { json: { text }, retry: 2 });
  }

  return <button onClick={() => api.delete('/api/notes/1')}>Remove the first note</button>;
}
