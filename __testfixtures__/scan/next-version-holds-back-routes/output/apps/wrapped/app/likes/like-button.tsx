'use client';

import { useEffect, useState } from 'react';

export function LikeButton() {
  const [likes, setLikes] = useState(0);

  useEffect(() => {
    fetch('/api/likes')
      .then((res) => res.json())
      .then((data: { likes: number }) => setLikes(data.likes));
  }, []);

  async function like() {
    const res = await fetch('/api/likes', {
      method: 'POST',
      body: JSON.stringify({ amount: 1 }),
    });
    const data: { likes: number } = await res.json();
    setLikes(data.likes);
  }

  return <button onClick={like}>{likes} likes</button>;
}
