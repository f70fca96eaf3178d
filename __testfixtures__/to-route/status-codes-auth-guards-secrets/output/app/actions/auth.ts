'use server';

import { z } from 'zod';
import { validatedAction, validatedActionWithUser } from '@/lib/middleware';

const signInSchema = z.object({ email: z.string().email(), password: z.string().min(8) });

// The SaaS starter's sign-in: a failure echoes the submitted fields back into the form state.
export const signIn = validatedAction(signInSchema, async (data) => {
  const { email, password } = data;
  if (email !== 'ada@example.com') {
    return { error: 'Invalid email or password. Please try again.', email, password };
  }
  return { success: 'Signed in' };
});

export const updateAccount = validatedActionWithUser(z.object({ name: z.string().min(1) }), async (data, _, user) => {
  return { success: `Account ${user.id} renamed to ${data.name}` };
});
