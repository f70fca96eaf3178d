'use client';

import { useState } from 'react';
import { createBookmark, deleteBookmark } from '@/app/actions/bookmarks';

export function BookmarkBar({ folder }: { folder: string }) {
  const [link, setLink] = useState('');
  const [message, setMessage] = useState('');

  async function save() {
    const result = await createBookmark({ link }, folder);
    const data = result.data;
    setMessage(result.ok ? `Saved to ${data.folder}` : data.error);
  }

  async function remove(id: string) {
    await deleteBookmark(id);
    setMessage('Removed');
  }

  async function share(id: string) {
    const res = await fetch(`/api/bookmarks/share?id=${id}`, { method: 'POST' });
    const data = await res.json();
    setMessage(data.link);
  }

  return (
    <div>
      <input value={link} onChange={(e) => setLink(e.target.value)} />
      <button onClick={save}>Save</button>
      <button onClick={() => remove('last')}>Remove last</button>
      <button onClick={() => share('last')}>Share last</button>
      <p>{message}</p>
    </div>
  );
}
