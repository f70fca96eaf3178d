'use client';

import { useState } from 'react';
import { createBasket } from '@/app/actions/basket';

export function BasketSummary({ items }: { items: string[] }) {
  const [label, setLabel] = useState('');

  async function refresh() {
    const { label } = await createBasket({ items });
    setLabel(label);
  }

  return <button onClick={refresh}>{label || 'Count'}</button>;
}
