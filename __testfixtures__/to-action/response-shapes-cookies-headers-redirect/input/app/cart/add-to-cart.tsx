'use client';

import { useState } from 'react';

export function AddToCart({ productId }: { productId: string }) {
  const [error, setError] = useState('');

  async function add(quantity: number) {
    const res = await fetch('/api/cart', {
      method: 'POST',
      body: JSON.stringify({ productId, quantity }),
    });
    if (!res.ok) {
      setError(`Could not add (${res.status})`);
      return;
    }
    setError('');
  }

  async function clear() {
    const { cleared } = await fetch('/api/cart', { method: 'DELETE' }).then((r) => r.json());
    if (cleared) setError('');
  }

  return (
    <div>
      <button onClick={() => add(1)}>Add</button>
      <button onClick={clear}>Clear cart</button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
