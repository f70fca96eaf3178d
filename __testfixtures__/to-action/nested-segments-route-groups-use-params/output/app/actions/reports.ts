'use server';

import { buildReport } from '@/lib/store';

export async function createReport(storeId: string, range: string[] | undefined) {
  return await buildReport(storeId, range);
}
