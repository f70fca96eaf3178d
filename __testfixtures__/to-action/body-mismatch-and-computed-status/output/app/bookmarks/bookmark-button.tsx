'use client';

import { createBookmark } from '../actions/bookmarks';

export function BookmarkButton({ url }: { url: string }) {
  async function save() {
    const result = await createBookmark({ url });
    const bookmark = result.data;
    console.log(result.status === 201 ? 'Saved' : 'Already saved', bookmark.url);
  }

  async function saveAsForm() {
    const form = new FormData();
    form.set('url', url);
    await fetch('/api/bookmarks', { method: 'POST', body: form });
  }

  async function saveEmpty() {
    await fetch('/api/bookmarks', { method: 'POST' });
  }

  return (
    <>
      <button onClick={save}>Save</button>
      <button onClick={saveAsForm}>Save (form)</button>
      <button onClick={saveEmpty}>Save nothing</button>
    </>
  );
}
