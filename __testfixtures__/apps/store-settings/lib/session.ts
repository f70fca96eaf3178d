import { cookies } from 'next/headers';
import { db, type User } from './db';

export const SESSION_COOKIE = 'session';

export async function currentUser(): Promise<User | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? db.session.user(token) : null;
}

export async function currentUserId(): Promise<string | null> {
  const user = await currentUser();
  return user?.id ?? null;
}
