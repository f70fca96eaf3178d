'use client';

export function ActionsBar({ postId }: { postId: string }) {
  return (
    <>
      <button onClick={() => fetch('/api/posts', { method: 'POST', body: JSON.stringify({ title: 'New' }) })}>New post</button>
      <button onClick={() => fetch(`/api/posts/${postId}`, { method: 'POST', body: JSON.stringify({ title: 'Copy' }) })}>Duplicate</button>
    </>
  );
}
