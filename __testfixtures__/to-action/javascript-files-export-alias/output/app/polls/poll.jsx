'use client';

import { useState } from 'react';
import { createVote } from '../actions/votes';

export default function Poll({ pollId }) {
  const [total, setTotal] = useState(0);

  async function choose(option) {
    const data = await createVote({ pollId, option });
    setTotal(data.total);
  }

  return <button onClick={() => choose('yes')}>Yes ({total})</button>;
}
