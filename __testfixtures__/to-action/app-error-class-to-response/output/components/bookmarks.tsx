'use client';

import { useState } from 'react';
import { toast } from 'sonner';
import { createBookmark, deleteBookmark } from '@/app/actions/bookmarks';
import { updateTag } from '@/app/actions/tags';

export function SaveBookmark() {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setError(null);
    const result = await createBookmark({ url });
    if (!result.ok) {
      const { message } = result.data;
      setError(message);
      return;
    }
    setUrl('');
    toast.success('Saved');
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <input value={url} onChange={(e) => setUrl(e.target.value)} />
      {error && <p role="alert">{error}</p>}
      <button type="submit">Save</button>
    </form>
  );
}

export function RemoveBookmark({ id }: { id: string }) {
  function remove() {
    const removing = deleteBookmark(id);
    toast.promise(removing, {
      loading: 'Removing…',
      success: () => 'Removed',
      error: 'Could not remove it',
    });
  }

  return <button onClick={remove}>Remove</button>;
}

export function RenameTag({ from }: { from: string }) {
  const [to, setTo] = useState(from);

  async function rename() {
    const result = await updateTag({ from, to });
    if (result.status === 401) {
      toast.error('Sign in first');
      return;
    }
    const data = result.data;
    if (!result.ok) toast.error(data.error);
    else toast.success(`${data.changed} bookmarks renamed`);
  }

  return <input value={to} onChange={(e) => setTo(e.target.value)} onBlur={rename} />;
}

export async function importBookmarks(urls: string[]) {
  const res = await fetch('/api/imports', { method: 'POST', body: JSON.stringify({ urls }) });
  return res.ok;
}
