'use client';

import { useState } from 'react';
import { createOrder } from '../actions/orders';

export function OrderButton({ sku }: { sku: string }) {
  const [note, setNote] = useState('');

  async function order() {
    const result = await createOrder({ sku, quantity: 1 });
    const data = result.data;
    setNote(result.ok ? data.message : data.error);
  }

  return (
    <div>
      <button onClick={order}>Order</button>
      <p role="status">{note}</p>
    </div>
  );
}
