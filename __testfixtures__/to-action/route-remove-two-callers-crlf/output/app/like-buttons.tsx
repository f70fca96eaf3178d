'use client';

import { createLike } from './actions/likes';

export function LikeButtons({ postId }: { postId: string }) {
  async function like() {
    await createLike({ postId });
  }
  async function likeTwice() {
    const data = await createLike({ postId });
    console.log(data.liked);
  }
  return (
    <>
      <button onClick={like}>Like</button>
      <button onClick={likeTwice}>Like and log</button>
    </>
  );
}
