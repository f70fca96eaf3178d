'use client';

import { useState } from 'react';
import { updateDoc } from '@/app/actions/docs';

export function Editor({ section, page, version }: { section: string; page: string; version: string }) {
  const [content, setContent] = useState('');
  const [savedPath, setSavedPath] = useState('');

  async function save() {
    const doc = await updateDoc([section, page], { content }, version);
    setSavedPath(doc.path);
  }

  return (
    <div>
      <textarea value={content} onChange={(e) => setContent(e.target.value)} />
      <button onClick={save}>Save</button>
      {savedPath && <p>Saved {savedPath}</p>}
    </div>
  );
}
