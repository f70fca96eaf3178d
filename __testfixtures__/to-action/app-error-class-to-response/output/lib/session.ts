import { cookies } from 'next/headers';

export async function currentUserId(): Promise<string | null> {
  const jar = await cookies();
  return jar.get('uid')?.value ?? null;
}
