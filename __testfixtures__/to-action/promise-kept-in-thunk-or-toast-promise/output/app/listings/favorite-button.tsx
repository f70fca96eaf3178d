'use client';

import { toast } from 'sonner';
import { deleteFavorite, createFavorite } from '@/app/actions/favorites';
import { deleteHistory } from '@/app/actions/history';

export function FavoriteButton({ listingId, favorite }: { listingId: string; favorite: boolean }) {
  async function toggle() {
    try {
      let request;

      if (favorite) {
        request = () => deleteFavorite(listingId);
      } else {
        request = () => createFavorite(listingId).then((result) => { if (!result.ok) throw new Error(`Request failed with status code ${result.status}`); return result; });
      }

      await request();
      toast.success('Saved');
    } catch {
      toast.error('Something went wrong.');
    }
  }

  function clearHistory() {
    const clearing = deleteHistory();
    toast.promise(clearing, {
      loading: 'Clearing…',
      success: () => 'History cleared',
      error: 'Could not clear the history',
    });
  }

  function clearAndShow() {
    toast.promise(fetch('/api/history', { method: 'DELETE' }), {
      success: (res) => `Cleared (${res.status})`,
    });
  }

  return (
    <div>
      <button onClick={toggle}>{favorite ? 'Unsave' : 'Save'}</button>
      <button onClick={clearHistory}>Clear</button>
      <button onClick={clearAndShow}>Clear and show</button>
    </div>
  );
}
