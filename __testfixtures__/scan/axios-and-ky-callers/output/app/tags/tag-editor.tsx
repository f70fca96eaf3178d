'use client';

import { useState } from 'react';
import ky from 'ky';

// One caller reads the status, so the action answers { ok, status, data } to both callers.
export function TagEditor() {
  const [tags, setTags] = useState<string[]>([]);
  const [failed, setFailed] = useState(false);

  function addWithKy(name: string) {
    ky.post('/api/tags', { json: { name } })
      .json<{ name: string }>()
      .then((tag) => setTags([...tags, tag.name]));
  }

  async function addWithFetch(name: string) {
    const res = await fetch('/api/tags', { method: 'POST', body: JSON.stringify({ name }) });
    setFailed(!res.ok);
  }

  return (
    <div>
      <button onClick={() => addWithKy('News')}>Tag with ky</button>
      <button onClick={() => addWithFetch('Events')}>Tag with fetch</button>
      {failed && <p role="alert">Could not tag</p>}
      <p>{tags.join(', ')}</p>
    </div>
  );
}
