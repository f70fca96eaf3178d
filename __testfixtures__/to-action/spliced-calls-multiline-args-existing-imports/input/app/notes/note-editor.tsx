'use client';

import {
  listNotes,
} from '../actions/notes';
import { JSON_TYPE, describeError } from '../lib/http';
import { useState } from 'react';

export function NoteEditor({ draft }: { draft: { title: string; body: string } }) {
  const [status, setStatus] = useState('');

  async function save() {
    const response = await fetch('/api/notes', {
      method: 'POST',
      headers: { 'Content-Type': JSON_TYPE },
      body: JSON.stringify({
        title: draft.title,
        body: draft.body,
        tags: ['draft'],
      }),
    });
    setStatus(response.ok ? `Saved ${(await response.json()).id}` : describeError(response.status));
  }

  async function saveSuggested() {
    const response = await fetch('/api/notes', {
      method: 'POST',
      body: JSON.stringify({
        ...draft,
        tags: await fetch('/api/tags/suggest', {
          method: 'POST',
          body: JSON.stringify({ title: draft.title }),
        }).then((res) => res.json()),
      }),
    });
    if (response.ok) setStatus('Saved with tags');
  }

  function archive(id: string) {
    fetch(`/api/notes/${encodeURIComponent(id)}`, { method: 'DELETE' }).then((res) => {
      if (res.ok) setStatus('Archived');
    });
  }

  return (
    <div>
      <button onClick={save}>Save</button>
      <button onClick={() => archive('n1')}>Archive</button>
      <button onClick={() => listNotes().then((notes) => setStatus(`${notes.length} notes`))}>Count</button>
    </div>
  );
}
