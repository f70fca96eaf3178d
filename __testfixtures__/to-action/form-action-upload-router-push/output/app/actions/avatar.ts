'use server';

import { storeAvatar } from '@/lib/storage';

export async function createAvatar(data: FormData): Promise<{ ok: boolean; status: number; data: any }> {
  const file = data.get('avatar');
  if (!(file instanceof File) || file.size === 0) {
    return {
      ok: false,
      status: 400,
      data: { error: 'Choose an image' }
    };
  }
  const url = await storeAvatar(file);
  return {
    ok: true,
    status: 200,
    data: { url }
  };
}
