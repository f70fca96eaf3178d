'use server';

import { exportItems } from '@/lib/items';

export async function createExport(format: string | null, since: string | null): Promise<{ ok: boolean; status: number; data: any }> {
  if (!format) return {
    ok: false,
    status: 400,
    data: { error: 'format is required' }
  };
  return {
    ok: true,
    status: 200,
    data: await exportItems(format, since)
  };
}
