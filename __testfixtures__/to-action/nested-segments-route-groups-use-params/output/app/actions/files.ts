'use server';

import { deleteStoreFile } from '@/lib/store';

export async function deleteFile(storeId: string, path: string[]) {
  return await deleteStoreFile(storeId, path.join('/'));
}
