'use client';

import axios from 'axios';
import { z } from 'zod';

const eventSchema = z.object({
  title: z.string().min(1),
  startsAt: z.coerce.date(),
});

interface Invite {
  title: string;
  guests: Set<string>;
}

export function EventForm() {
  const onSubmit = async (values: z.infer<typeof eventSchema>) => {
    await axios.post('/api/events', values);
  };

  const quickAdd = async (title: string) => {
    await axios.post('/api/events', { title, startsAt: new Date(), note: undefined });
  };

  const invite = async (draft: Invite) => {
    await axios.post('/api/events', draft);
  };

  const plain = async (title: string) => {
    await axios.post('/api/events', { title });
  };

  return (
    <div>
      <button onClick={() => onSubmit({ title: 'Standup', startsAt: new Date() })}>Standup</button>
      <button onClick={() => quickAdd('Lunch')}>Lunch</button>
      <button onClick={() => invite({ title: 'Party', guests: new Set(['ada']) })}>Party</button>
      <button onClick={() => plain('Focus')}>Focus</button>
    </div>
  );
}
