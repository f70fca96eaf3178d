'use client';

import { useState } from 'react';
import { createCounter } from '@/app/actions/counter';

export function BumpButton() {
  const [failed, setFailed] = useState(false);

  async function bump() {
    const result = await createCounter({ step: 1 });
    setFailed(!result.ok);
  }

  return (
    <button onClick={bump} aria-invalid={failed}>
      +1
    </button>
  );
}
