'use server';

import { currentUser, memberships } from '@/lib/store';

export async function updateReorder(input: { list?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const user = await currentUser();
  if (!user) {
    return {
      ok: false,
      status: 401,
      data: 'Unauthorized'
    };
  }
  const { list } = input;
  await memberships.reorder(list);
  return {
    ok: true,
    status: 200,
    data: 'Success'
  };
}
