'use client';

import axios from 'axios';

const payload = { title: 'From a module constant' };
const options = { headers: { Accept: 'application/json' } };

interface Draft {
  title: string;
}

// Each call shows how an unusual shape is read: moved when its body and use are known, else kept.
export function OddCalls({ text, draft }: { text: string; draft: Draft }) {
  async function spread() {
    await axios.post('/api/todos', ...[payload]);
  }
  async function statusAndData() {
    const { data, status } = await axios.post('/api/todos', payload);
    return [data, status];
  }
  async function stringBody() {
    await axios.post('/api/todos', text);
  }
  async function typedBody() {
    await axios.post('/api/todos', draft);
  }
  async function optionsElsewhere() {
    await axios.post('/api/todos', payload, options);
  }
  async function stringified() {
    return axios.post('/api/todos', JSON.stringify(payload)).then((res) => res.data);
  }
  async function awaitedData() {
    return (await axios.post('/api/todos', { title: text })).data;
  }
  async function readsStatus() {
    const res = await axios.post('/api/todos', payload);
    return res.status === 201 ? res.data : null;
  }
  async function shadowed(payload: string) {
    await axios.post('/api/todos', payload);
  }

  return <button onClick={() => axios.post('/api/todos', payload)}>Add</button>;
}
