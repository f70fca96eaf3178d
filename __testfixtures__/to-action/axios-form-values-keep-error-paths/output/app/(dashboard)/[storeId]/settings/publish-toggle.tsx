'use client';

import { AxiosError } from 'axios';
import { useMutation } from '@tanstack/react-query';
import { toast } from 'sonner';
import { updateStore } from '@/app/actions/stores';

export function PublishToggle({ storeId, name }: { storeId: string; name: string }) {
  const { mutate: rename } = useMutation({
    mutationFn: async (next: { name: string }) => {
      const result = await updateStore(storeId, next);
      if (!result.ok) throw Object.assign(new AxiosError(`Request failed with status code ${result.status}`), { response: result });
      const data = result.data;
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
      const result = await updateStore(storeId, { name: name.trim() });
      if (!result.ok) throw new Error(`Request failed with status code ${result.status}`);
      const data = result.data;
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
