'use client';

import axios from 'axios';
import { useMutation } from '@tanstack/react-query';

export function SubscribeButton({ communityId }: { communityId: string }) {
  const { mutate, isPending } = useMutation({
    mutationFn: async () => {
      const { data } = await axios.post('/api/subscribe', { communityId });
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
