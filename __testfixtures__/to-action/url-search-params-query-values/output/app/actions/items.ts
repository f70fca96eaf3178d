'use server';

import { removeItem } from '@/lib/items';

export async function deleteItem(id: string | null) {
  await removeItem(id);
  return { ok: true };
}
