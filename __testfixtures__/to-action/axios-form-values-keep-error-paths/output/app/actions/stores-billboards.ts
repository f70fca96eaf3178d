'use server';

import { currentUserId } from '@/lib/session';
import { db } from '@/lib/db';

export async function createBillboard(storeId: string, input: { label?: any; imageUrl?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const userId = await currentUserId();
  const { label, imageUrl } = input;

  if (!userId) {
    return {
      ok: false,
      status: 403,
      data: 'Unauthenticated'
    };
  }
  if (!label || !imageUrl) {
    return {
      ok: false,
      status: 400,
      data: 'Label and image URL are required'
    };
  }

  const billboard = await db.billboard.create(storeId, label, imageUrl);
  return {
    ok: true,
    status: 200,
    data: billboard
  };
}
