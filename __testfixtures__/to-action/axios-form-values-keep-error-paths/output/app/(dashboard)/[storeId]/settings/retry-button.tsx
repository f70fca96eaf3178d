'use client';

import axios, { isAxiosError } from 'axios';

export function RetryButton({ storeId }: { storeId: string }) {
  async function retry() {
    try {
      await axios.patch(`/api/stores/${storeId}`, { name: 'Retry' });
    } catch (error) {
      // Only a dropped connection is worth another try.
      if (isAxiosError(error) && error.code === 'ERR_NETWORK') return retry();
      alert('Could not save.');
    }
  }

  return <button onClick={retry}>Retry</button>;
}
