'use server';

import { cookies } from 'next/headers';

export async function deleteSession(): Promise<{ ok: boolean; status: number; data: any }> {
  const token = (await cookies()).get('token');
  if (!token) return {
    ok: false,
    status: 401,
    data: 'Unauthorized'
  };
  return {
    ok: true,
    status: 204,
    data: null
  };
}
