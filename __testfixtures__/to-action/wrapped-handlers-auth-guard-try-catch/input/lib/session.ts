export interface Session {
  userId: string;
}

export async function getSession(): Promise<Session | null> {
  return { userId: 'u1' };
}
