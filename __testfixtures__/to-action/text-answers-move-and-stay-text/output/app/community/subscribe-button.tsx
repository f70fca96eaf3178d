'use client';

import { useMutation } from '@tanstack/react-query';
import { subscribe } from '@/app/actions/subscribe';

export function SubscribeButton({ communityId }: { communityId: string }) {
  const { mutate, isPending } = useMutation({
    mutationFn: async () => {
      const result = await subscribe({ communityId });
      if (!result.ok) throw new Error(`Request failed with status code ${result.status}`);
      const data = result.data;
      return data as string;
    },
    onError: () => alert('Could not subscribe. Try again later.'),
    onSuccess: (id) => alert(`Subscribed to ${id}`),
  });

  return (
    <button onClick={() => mutate()} disabled={isPending}>
      Join
    </button>
  );
}
