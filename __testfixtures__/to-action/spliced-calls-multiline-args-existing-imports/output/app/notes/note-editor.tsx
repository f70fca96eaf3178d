'use client';

import {
  listNotes,
  createNote,
  deleteNote,
} from '../actions/notes';
import { describeError } from '../lib/http';
import { useState } from 'react';
import { createSuggest } from '../actions/tags-suggest';

export function NoteEditor({ draft }: { draft: { title: string; body: string } }) {
  const [status, setStatus] = useState('');

  async function save() {
    const result = await createNote({
      title: draft.title,
      body: draft.body,
      tags: ['draft'],
    });
    setStatus(result.ok ? `Saved ${result.data.id}` : describeError(result.status));
  }

  async function saveSuggested() {
    const result = await createNote({
      ...draft,
      tags: await createSuggest({ title: draft.title }),
    });
    if (result.ok) setStatus('Saved with tags');
  }

  function archive(id: string) {
    deleteNote(id).then((res) => {
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
