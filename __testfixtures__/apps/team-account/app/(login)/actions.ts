'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { clearSession, setSession } from '@/lib/auth/session';
import { validatedAction, validatedActionWithUser } from '@/lib/auth/middleware';
import { comparePasswords, deleteUser, findUserByEmail, hashPassword, insertUser } from '@/lib/db/store';

const signInSchema = z.object({
  email: z.string().email('Enter a valid email address'),
  password: z.string().min(8, 'Password must be at least 8 characters').max(100),
});

export const signIn = validatedAction(signInSchema, async (data) => {
  const { email, password } = data;
  const user = findUserByEmail(email.toLowerCase());
  if (!user || !comparePasswords(password, user.passwordHash)) {
    // Sent back so the form can refill its fields.
    return { error: 'Invalid email or password. Please try again.', email, password };
  }
  await setSession(user.id);
  redirect('/dashboard');
});

const signUpSchema = z.object({
  email: z.string().email('Enter a valid email address'),
  password: z.string().min(8, 'Password must be at least 8 characters').max(100),
});

export const signUp = validatedAction(signUpSchema, async (data) => {
  const { email, password } = data;
  if (findUserByEmail(email.toLowerCase())) {
    return { error: 'An account with this email already exists.', email, password };
  }
  const user = insertUser(email.toLowerCase(), password);
  await setSession(user.id);
  redirect('/dashboard');
});

export async function signOut() {
  await clearSession();
  redirect('/sign-in');
}

const updateAccountSchema = z.object({
  name: z.string().min(1, 'Name is required').max(100),
  email: z.string().email('Invalid email address'),
});

export const updateAccount = validatedActionWithUser(updateAccountSchema, async (data, _, user) => {
  const { name, email } = data;
  const owner = findUserByEmail(email.toLowerCase());
  if (owner && owner.id !== user.id) {
    return { error: 'That email belongs to another account.', name, email };
  }
  user.name = name;
  user.email = email.toLowerCase();
  return { name, success: 'Account updated.' };
});

const updatePasswordSchema = z.object({
  currentPassword: z.string().min(8, 'Current password must be at least 8 characters').max(100),
  newPassword: z.string().min(8, 'New password must be at least 8 characters').max(100),
  confirmPassword: z.string().min(8).max(100),
});

export const updatePassword = validatedActionWithUser(updatePasswordSchema, async (data, _, user) => {
  const { currentPassword, newPassword, confirmPassword } = data;
  if (!comparePasswords(currentPassword, user.passwordHash)) {
    return { currentPassword, newPassword, confirmPassword, error: 'Current password is incorrect.' };
  }
  if (newPassword !== confirmPassword) {
    return { currentPassword, newPassword, confirmPassword, error: 'New password and confirmation do not match.' };
  }
  if (currentPassword === newPassword) {
    return { currentPassword, newPassword, confirmPassword, error: 'New password must be different from the current password.' };
  }
  user.passwordHash = hashPassword(newPassword);
  return { success: 'Password updated.' };
});

const deleteAccountSchema = z.object({
  password: z.string().min(8, 'Password must be at least 8 characters').max(100),
});

export const deleteAccount = validatedActionWithUser(deleteAccountSchema, async (data, _, user) => {
  const { password } = data;
  if (!comparePasswords(password, user.passwordHash)) {
    return { password, error: 'Incorrect password. Account deletion failed.' };
  }
  deleteUser(user.id);
  await clearSession();
  redirect('/sign-in');
});
