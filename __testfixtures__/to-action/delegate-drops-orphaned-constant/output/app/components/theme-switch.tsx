'use client';

import { useRouter } from 'next/navigation';
import { updateSession } from '../actions/session';

export function ThemeSwitch() {
  const router = useRouter();

  async function choose(theme: string) {
    const result = await updateSession({ theme });
    if (result.ok) router.refresh();
  }

  return (
    <div>
      <button onClick={() => choose('light')}>Light</button>
      <button onClick={() => choose('dark')}>Dark</button>
    </div>
  );
}
