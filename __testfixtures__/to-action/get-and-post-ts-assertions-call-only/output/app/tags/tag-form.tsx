'use client';

import { useState } from 'react';
import { createTag as saveTag } from './api';
import { createTag } from '../actions/tags';

export function TagForm() {
  const [last, setLast] = useState('');
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const tag = await saveTag(String(form.get('name')));
    setLast(tag.name);
    const data = await createTag({ name: form.get('name') });
    setLast(data.name);
  }
  return (
    <form onSubmit={onSubmit}>
      <input name="name" />
      <p>{last}</p>
    </form>
  );
}
