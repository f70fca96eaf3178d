'use client';

import { useState } from 'react';
import { createTag as saveTag } from './api';

export function TagForm() {
  const [last, setLast] = useState('');
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const tag = await saveTag(String(form.get('name')));
    setLast(tag.name);
    const res = await fetch('/api/tags', { method: 'POST', body: JSON.stringify({ name: form.get('name') }) });
    setLast((await res.json()).name);
  }
  return (
    <form onSubmit={onSubmit}>
      <input name="name" />
      <p>{last}</p>
    </form>
  );
}
