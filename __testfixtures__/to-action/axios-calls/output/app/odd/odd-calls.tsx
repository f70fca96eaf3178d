'use client';

import axios from 'axios';
import { createTodo } from '@/app/actions/todos';

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
    await createTodo(draft);
  }
  async function optionsElsewhere() {
    await axios.post('/api/todos', payload, options);
  }
  async function stringified() {
    return createTodo(payload).then((res) => res.data);
  }
  async function awaitedData() {
    return (await createTodo({ title: text })).data;
  }
  async function readsStatus() {
    const result = await createTodo(payload);
    return result.status === 201 ? result.data : null;
  }
  async function shadowed(payload: string) {
    await axios.post('/api/todos', payload);
  }

  return <button onClick={() => createTodo(payload)}>Add</button>;
}
