'use client';

import { useRouter } from 'next/navigation';

export function ThemeSwitch() {
  const router = useRouter();

  async function choose(theme: string) {
    const res = await fetch('/api/session', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ theme }),
    });
    if (res.ok) router.refresh();
  }

  return (
    <div>
      <button onClick={() => choose('light')}>Light</button>
      <button onClick={() => choose('dark')}>Dark</button>
    </div>
  );
}
