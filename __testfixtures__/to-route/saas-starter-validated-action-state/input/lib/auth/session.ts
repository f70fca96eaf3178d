export type User = { id: number; email: string; name: string | null };

export async function getUser(): Promise<User | null> {
  return null;
}
