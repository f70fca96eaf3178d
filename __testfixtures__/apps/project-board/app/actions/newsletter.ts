'use server';

import { z } from 'zod';
import { addSubscriber } from '@/lib/projects';

export type SubscribeState = { status: 'error' | 'success'; message: string };

const emailSchema = z.string().trim().toLowerCase().email();

export async function subscribe(prevState: SubscribeState | undefined, formData: FormData): Promise<SubscribeState> {
  const parsed = emailSchema.safeParse(formData.get('email'));
  if (!parsed.success) {
    return { status: 'error', message: 'Enter a valid email address' };
  }
  addSubscriber(parsed.data);
  return { status: 'success', message: `Subscribed ${parsed.data}` };
}
