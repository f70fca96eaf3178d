export async function getUser(): Promise<{ id: string; role: string } | null> {
  return null;
}
