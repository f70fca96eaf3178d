'use client';

export function PingButton({ method }: { method: 'POST' | 'PUT' }) {
  async function ping() {
    const res = await fetch('/api/ping', { method: 'POST' });
    console.log((await res.json()).app);
    await fetch('/api/ping', { method });
  }
  return <button onClick={ping}>Ping</button>;
}
