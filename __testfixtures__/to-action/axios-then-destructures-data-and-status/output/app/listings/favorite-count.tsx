'use client';

import { useState } from 'react';
import { deleteFavorite, createFavorite } from '@/app/actions/favorites';

export function FavoriteCount({ listingId }: { listingId: string }) {
  const [count, setCount] = useState(0);
  const [note, setNote] = useState('');

  function unsave() {
    deleteFavorite(listingId).then((data) => setCount(data.count));
  }

  function save() {
    createFavorite(listingId).then((result) => { if (!result.ok) throw new Error(`Request failed with status code ${result.status}`); return result; })
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
