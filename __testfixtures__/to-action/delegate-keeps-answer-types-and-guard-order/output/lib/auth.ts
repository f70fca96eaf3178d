export type Session = { user: { id: string; role: 'owner' | 'member' } };

export async function auth(): Promise<Session | null> {
  return null;
}
