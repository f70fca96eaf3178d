'use client';

import { useEffect, useState } from 'react';
import { createLike } from '@/app/actions/likes';

export function LikeButton() {
  const [likes, setLikes] = useState(0);

  useEffect(() => {
    fetch('/api/likes')
      .then((res) => res.json())
      .then((data: { likes: number }) => setLikes(data.likes));
  }, []);

  async function like() {
    const data: { likes: number } = await createLike({ amount: 1 });
    setLikes(data.likes);
  }

  return <button onClick={like}>{likes} likes</button>;
}
