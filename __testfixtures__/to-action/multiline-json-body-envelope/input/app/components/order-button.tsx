'use client';

import { useState } from 'react';

export function OrderButton({ sku }: { sku: string }) {
  const [note, setNote] = useState('');

  async function order() {
    const res = await fetch('/api/orders', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sku, quantity: 1 }),
    });
    const data = await res.json();
    setNote(res.ok ? data.message : data.error);
  }

  return (
    <div>
      <button onClick={order}>Order</button>
      <p role="status">{note}</p>
    </div>
  );
}
