'use client';

import { useState } from 'react';

export function PostActions({ postId }: { postId: string }) {
  const [error, setError] = useState<string | null>(null);

  async function rename(title: string) {
    const response = await fetch(`/api/posts/${postId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    });

    if (!response?.ok) {
      console.error('Rename failed', response);
      const body = await response?.json();
      return setError(body.error);
    }
    setError(null);
  }

  async function remove() {
    const res = await fetch(`/api/posts/${postId}`, { method: 'DELETE' });
    if (res?.status === 404) return setError('Already gone');
  }

  return (
    <div>
      <button onClick={() => rename('Untitled')}>Rename</button>
      <button onClick={remove}>Delete</button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
