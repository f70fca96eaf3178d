import { sessionUserId } from '@/lib/auth/session';
import { findUserById, type User } from './store';

export async function getUser(): Promise<User | null> {
  const id = await sessionUserId();
  if (id === null) return null;
  return findUserById(id) ?? null;
}
