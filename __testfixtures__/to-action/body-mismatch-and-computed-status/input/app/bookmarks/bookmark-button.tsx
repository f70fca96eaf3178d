'use client';

export function BookmarkButton({ url }: { url: string }) {
  async function save() {
    const res = await fetch('/api/bookmarks', { method: 'POST', body: JSON.stringify({ url }) });
    const bookmark = await res.json();
    console.log(res.status === 201 ? 'Saved' : 'Already saved', bookmark.url);
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
