'use client';

import { useState } from 'react';
import { updateComment, deleteComment } from '../actions/comments';

export function Comment({ id, initial }: { id: string; initial: string }) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState('');

  async function save() {
    const result = await updateComment(id, { text });
    const data = result.data;
    if (!result.ok) setError(data.error);
  }

  async function remove() {
    await deleteComment(id);
  }

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={save}>Save</button>
      <button onClick={remove}>Delete</button>
      {error && <p>{error}</p>}
    </div>
  );
}
