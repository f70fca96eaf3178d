'use server';

import { moveItems } from '@/lib/items';

export async function createReorder(order: string[], page2: string | null, size2: string | null) {
  const page = Number(page2 ?? '1');
  const size = Number(size2 ?? '20');
  return await moveItems(order, page, size);
}
