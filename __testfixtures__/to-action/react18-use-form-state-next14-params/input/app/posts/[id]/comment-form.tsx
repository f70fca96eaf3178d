'use client';

import { useState } from 'react';

export function CommentForm({ postId }: { postId: string }) {
  const [feedback, setFeedback] = useState('');

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const res = await fetch(`/api/posts/${postId}/comments`, {
      method: 'POST',
      body: new FormData(e.currentTarget),
    });
    const json = await res.json();
    setFeedback(res.ok ? json.message : json.error);
  }

  return (
    <form onSubmit={submit}>
      <textarea name="text" />
      <button>Post</button>
      <p>{feedback}</p>
    </form>
  );
}
