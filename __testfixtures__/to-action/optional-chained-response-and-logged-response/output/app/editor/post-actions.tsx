'use client';

import { useState } from 'react';
import { updatePost, deletePost } from '@/app/actions/posts';

export function PostActions({ postId }: { postId: string }) {
  const [error, setError] = useState<string | null>(null);

  async function rename(title: string) {
    const result = await updatePost(postId, { title });

    if (!result.ok) {
      console.error('Rename failed', result);
      const body = result.data;
      return setError(body.error);
    }
    setError(null);
  }

  async function remove() {
    const result = await deletePost(postId);
    if (result.status === 404) return setError('Already gone');
  }

  return (
    <div>
      <button onClick={() => rename('Untitled')}>Rename</button>
      <button onClick={remove}>Delete</button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
