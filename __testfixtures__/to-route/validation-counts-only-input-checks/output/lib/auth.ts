export type User = { id: string; role: 'admin' | 'member' };

export async function auth(): Promise<{ user: User }> {
  return { user: { id: 'u1', role: 'member' } };
}

export function isAdmin(user: User) {
  return user.role === 'admin';
}
