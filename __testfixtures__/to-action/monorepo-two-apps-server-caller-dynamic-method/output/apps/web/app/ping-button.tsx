'use client';

import { createPing } from './actions/ping';

export function PingButton({ method }: { method: 'POST' | 'PUT' }) {
  async function ping() {
    const data = await createPing();
    console.log(data.app);
    await fetch('/api/ping', { method });
  }
  return <button onClick={ping}>Ping</button>;
}
