'use server';

import { currentUserId } from '@/lib/session';
import { db } from '@/lib/db';

export async function deleteStore(storeId: string): Promise<{ ok: boolean; status: number; data: any }> {
  const userId = await currentUserId();

  if (!userId) {
    return {
      ok: false,
      status: 403,
      data: 'Unauthenticated'
    };
  }

  const store = await db.store.remove(storeId);
  return {
    ok: true,
    status: 200,
    data: store
  };
}

export async function updateStore(storeId: string, body: any): Promise<{ ok: boolean; status: number; data: any }> {
  const userId = await currentUserId();
  const { name } = body;

  if (!userId) {
    return {
      ok: false,
      status: 403,
      data: 'Unauthenticated'
    };
  }
  if (!name) {
    return {
      ok: false,
      status: 400,
      data: 'Name is required'
    };
  }

  const store = await db.store.update(storeId, name);
  return {
    ok: true,
    status: 200,
    data: store
  };
}
