'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';

export function AddToCartButton({ sku, name }: { sku: string; name: string }) {
  const router = useRouter();
  const [status, setStatus] = useState('');

  async function addToCart() {
    const res = await fetch('/api/cart', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sku, quantity: 1 }),
    });
    const data = await res.json();
    if (!res.ok) {
      setStatus(data.error);
      return;
    }
    setStatus(`Added ${data.product} (${data.count} in cart)`);
    router.refresh();
  }

  return (
    <div>
      <button type="button" onClick={addToCart}>
        Add {name} to cart
      </button>
      {status && <p role="status">{status}</p>}
    </div>
  );
}
