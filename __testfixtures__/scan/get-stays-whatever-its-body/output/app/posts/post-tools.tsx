'use client';

import { useState } from 'react';

export function PostTools({ postId }: { postId: number }) {
  const [found, setFound] = useState<string[]>([]);
  const [likes, setLikes] = useState(0);

  async function search(q: string) {
    const res = await fetch(`/api/search?q=${encodeURIComponent(q)}`);
    const posts: Array<{ title: string }> = await res.json();
    setFound(posts.map((p) => p.title));
  }

  async function like() {
    const res = await fetch(`/api/posts/${postId}`, { method: 'PATCH' });
    const post = await res.json();
    setLikes(post.likes);
  }

  return (
    <div>
      <input onChange={(e) => search(e.target.value)} />
      <button onClick={like}>Like ({likes})</button>
      <ul>{found.map((t) => <li key={t}>{t}</li>)}</ul>
    </div>
  );
}
