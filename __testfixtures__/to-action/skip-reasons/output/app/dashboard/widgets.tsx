'use client';

const API = process.env.NEXT_PUBLIC_API_URL;

export function Widgets({ endpoint }: { endpoint: string }) {
  async function run() {
    await fetch('/api/webhooks/stripe', { method: 'POST', body: JSON.stringify({}) });
    await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ prompt: 'hi' }) });
    await fetch('/api/report', { method: 'POST' });
    await fetch('/api/public', { method: 'POST', body: JSON.stringify({ a: 1 }) });
    const list = await fetch('/api/items').then((r) => r.json());
    const res = await fetch('/api/items', { method: 'POST', body: JSON.stringify({ name: 'x' }) });
    const blob = await res.blob();
    await fetch(`${API}/api/items`, { method: 'POST' });
    await fetch(endpoint, { method: 'POST' });
    await fetch('/api/missing', { method: 'POST' });
    await fetch('/api/login', { method: 'POST', body: JSON.stringify({ user: 'a' }) });
    await fetch('/api/items', { method: 'POST', headers: { Authorization: 'Bearer x' }, body: JSON.stringify({}) });
    return { list, blob };
  }
  return <button onClick={run}>Run</button>;
}
