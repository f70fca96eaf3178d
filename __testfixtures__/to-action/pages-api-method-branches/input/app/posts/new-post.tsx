'use client';

export function NewPost() {
  async function create() {
    const res = await fetch('/api/posts', { method: 'POST', body: JSON.stringify({ title: 'Hello' }) });
    if (!res.ok) return;
    const post = await res.json();
    console.log(post.id);
  }
  return <button onClick={create}>New</button>;
}
