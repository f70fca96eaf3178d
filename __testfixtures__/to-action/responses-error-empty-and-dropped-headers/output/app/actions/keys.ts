'use server';

import { ratelimit } from '@/lib/ratelimit';

export async function createKey(input: { name?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { name } = input;
  const { success, limit, remaining } = await ratelimit.limit('keys');
  if (!success) {
    return {
      ok: false,
      status: 429,
      data: { error: 'Too many requests' }
    };
  }
  if (!name) return {
    ok: false,
    status: 500,
    data: null
  };
  return {
    ok: true,
    status: 201,
    data: { id: 'k1', name }
  };
}
