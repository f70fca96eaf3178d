'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { validatedAction, validatedActionWithUser } from '@/lib/auth/middleware';

const signInSchema = z.object({
  email: z.string().email().min(3).max(255),
  password: z.string().min(8).max(100),
});

export const signIn = validatedAction(signInSchema, async (data) => {
  if (data.password !== 'correct horse battery') {
    return { error: 'Invalid email or password. Please try again.', email: data.email };
  }
  redirect('/dashboard');
});

const signUpSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8),
  inviteId: z.string().optional(),
});

export const signUp = validatedAction(signUpSchema, async (data) => {
  return { success: `Welcome, ${data.email}` };
});

const updateAccountSchema = z.object({
  name: z.string().min(1, 'Name is required').max(100),
  email: z.string().email('Invalid email address'),
});

export const updateAccount = validatedActionWithUser(updateAccountSchema, async (data, _, user) => {
  return { name: data.name, success: `Account ${user.id} updated successfully.` };
});

export async function signOut() {
  redirect('/sign-in');
}
