'use client';

import { useState } from 'react';
import { createTag } from '@/app/actions/tags';

// One caller reads the status, so the action answers { ok, status, data } to both callers.
export function TagEditor() {
  const [tags, setTags] = useState<string[]>([]);
  const [failed, setFailed] = useState(false);

  function addWithKy(name: string) {
    createTag({ name }).then((result) => result.data)
      .then((tag) => setTags([...tags, tag.name]));
  }

  async function addWithFetch(name: string) {
    const result = await createTag({ name });
    setFailed(!result.ok);
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
