'use client';

import { useState } from 'react';

export function BumpButton() {
  const [failed, setFailed] = useState(false);

  async function bump() {
    const response = await fetch('/api/counter', {
      method: 'POST',
      body: JSON.stringify({ step: 1 }),
    });
    // Drain the body before reading the status.
    await response.json();
    setFailed(!response.ok);
  }

  return (
    <button onClick={bump} aria-invalid={failed}>
      +1
    </button>
  );
}
