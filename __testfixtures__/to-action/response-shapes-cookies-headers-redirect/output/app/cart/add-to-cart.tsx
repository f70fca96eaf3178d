'use client';

import { useState } from 'react';
import { createCart, deleteCart } from '../actions/cart';

export function AddToCart({ productId }: { productId: string }) {
  const [error, setError] = useState('');

  async function add(quantity: number) {
    const result = await createCart({ productId, quantity });
    if (!result.ok) {
      setError(`Could not add (${result.status})`);
      return;
    }
    setError('');
  }

  async function clear() {
    const { cleared } = await deleteCart();
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
