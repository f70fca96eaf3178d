'use client';

import { useState } from 'react';
import axios from 'axios';

export function FavoriteCount({ listingId }: { listingId: string }) {
  const [count, setCount] = useState(0);
  const [note, setNote] = useState('');

  function unsave() {
    axios.delete(`/api/favorites/${listingId}`).then(({ data }) => setCount(data.count));
  }

  function save() {
    axios
      .post(`/api/favorites/${listingId}`)
      .then(({ data: saved, status }) => {
        setCount(saved.count);
        setNote(status === 200 ? 'Saved' : '');
      })
      .catch(() => setNote('Could not save'));
  }

  return (
    <p>
      {count} {note}
      <button onClick={save}>Save</button>
      <button onClick={unsave}>Unsave</button>
    </p>
  );
}
