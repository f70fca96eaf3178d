export async function currentUserId(): Promise<string | null> {
  return 'user-1';
}
