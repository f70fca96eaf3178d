'use server';

import { renameDocument } from '@/lib/items';

export async function updateDocument(input: { title?: any }, id: string | null): Promise<{ ok: boolean; status: number; data: any }> {
  if (!id) return {
    ok: false,
    status: 400,
    data: { error: 'id is required' }
  };
  const { title } = input;
  return {
    ok: true,
    status: 200,
    data: await renameDocument(id, title)
  };
}
