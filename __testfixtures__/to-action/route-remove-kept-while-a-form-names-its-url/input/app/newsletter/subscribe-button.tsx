'use client';

export function SubscribeButton({ email }: { email: string }) {
  async function subscribe() {
    await fetch('/api/subscribe', { method: 'POST', body: JSON.stringify({ email }) });
  }
  return <button onClick={subscribe}>Subscribe</button>;
}
