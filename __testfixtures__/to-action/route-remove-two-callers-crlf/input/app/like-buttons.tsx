'use client';

export function LikeButtons({ postId }: { postId: string }) {
  async function like() {
    await fetch('/api/likes', { method: 'POST', body: JSON.stringify({ postId }) });
  }
  async function likeTwice() {
    const res = await fetch('/api/likes', { method: 'POST', body: JSON.stringify({ postId }) });
    const data = await res.json();
    console.log(data.liked);
  }
  return (
    <>
      <button onClick={like}>Like</button>
      <button onClick={likeTwice}>Like and log</button>
    </>
  );
}
