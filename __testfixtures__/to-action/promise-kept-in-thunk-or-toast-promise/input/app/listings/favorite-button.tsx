'use client';

import axios from 'axios';
import { toast } from 'sonner';

export function FavoriteButton({ listingId, favorite }: { listingId: string; favorite: boolean }) {
  async function toggle() {
    try {
      let request;

      if (favorite) {
        request = () => axios.delete(`/api/favorites/${listingId}`);
      } else {
        request = () => axios.post(`/api/favorites/${listingId}`);
      }

      await request();
      toast.success('Saved');
    } catch {
      toast.error('Something went wrong.');
    }
  }

  function clearHistory() {
    const clearing = fetch('/api/history', { method: 'DELETE' });
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
