'use server';

import { z } from 'zod';
import { actionClient } from '@/lib/safe-action';
import { validatedAction } from '@/lib/validated-action';

export async function publish(postId: string) {
  if (typeof postId !== 'string') throw new Error('postId must be a string');
  return { published: postId };
}

export async function subscribe(email: string) {
  return { email };
}

export const schedulePost = actionClient.inputSchema(z.object({ at: z.string() })).action(async ({ parsedInput }) => parsedInput);

export const deletePost = validatedAction(z.object({ id: z.string() }), async (data) => data);

export const exportPosts = withRateLimit(async () => ({ ok: true }));

function withRateLimit<T>(fn: () => Promise<T>) {
  return fn;
}
