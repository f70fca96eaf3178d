'use client';

import { useState } from 'react';

export function Editor({ section, page, version }: { section: string; page: string; version: string }) {
  const [content, setContent] = useState('');
  const [savedPath, setSavedPath] = useState('');

  async function save() {
    const res = await fetch(`/api/docs/${section}/${encodeURIComponent(page)}?version=${version}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ content }),
    });
    const doc = await res.json();
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
