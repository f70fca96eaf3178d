'use client';

import { useState } from 'react';

export default function Poll({ pollId }) {
  const [total, setTotal] = useState(0);

  async function choose(option) {
    const res = await fetch('/api/votes', {
      method: 'POST',
      body: JSON.stringify({ pollId, option }),
    });
    const data = await res.json();
    setTotal(data.total);
  }

  return <button onClick={() => choose('yes')}>Yes ({total})</button>;
}
