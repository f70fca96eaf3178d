'use server';

import { saveUser } from '../../lib/users';

export async function addUser(user: { name: string; email: string }) {
  const saved = await saveUser(user);
  return saved;
}
