'use client';

import axios, { AxiosError } from 'axios';
import { useMutation } from '@tanstack/react-query';
import { toast } from 'sonner';

export function PublishToggle({ storeId, name }: { storeId: string; name: string }) {
  const { mutate: rename } = useMutation({
    mutationFn: async (next: { name: string }) => {
      const { data } = await axios.patch(`/api/stores/${storeId}`, next);
      return data;
    },
    onError: (err) => {
      if (err instanceof AxiosError && err.response?.status === 403) {
        return toast.error('Sign in first.');
      }
      toast.error('Could not rename the store.');
    },
  });

  const { mutate: rest } = useMutation({
    mutationFn: async () => {
      const { data } = await axios.patch(`/api/stores/${storeId}`, { name: name.trim() });
      return data;
    },
    onError: () => toast.error('Could not tidy the name.'),
  });

  return (
    <>
      <button onClick={() => rename({ name: `${name} (closed)` })}>Close</button>
      <button onClick={() => rest()}>Tidy</button>
    </>
  );
}
