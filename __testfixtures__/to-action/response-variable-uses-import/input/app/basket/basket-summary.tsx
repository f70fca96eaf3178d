'use client';

import { useState } from 'react';

export function BasketSummary({ items }: { items: string[] }) {
  const [label, setLabel] = useState('');

  async function refresh() {
    const res = await fetch('/api/basket', { method: 'POST', body: JSON.stringify({ items }) });
    const { label } = await res.json();
    setLabel(label);
  }

  return <button onClick={refresh}>{label || 'Count'}</button>;
}
