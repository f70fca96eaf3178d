'use server';

import { dropBookmark, saveBookmark } from '@/lib/bookmarks';

export async function deleteBookmark(id: string | null): Promise<{ ok: boolean; status: number; data: any }> {
  if (!id) {
    return {
      ok: false,
      status: 400,
      data: { error: 'id is required' }
    };
  }
  await dropBookmark(id);
  return {
    ok: true,
    status: 200,
    data: { deleted: id }
  };
}

export async function createBookmark(input: { link?: any }, folder2: string | null): Promise<{ ok: boolean; status: number; data: any }> {
  const folder = folder2 ?? 'inbox';
  const { link } = input;
  if (typeof link !== 'string') {
    return {
      ok: false,
      status: 400,
      data: { error: 'link must be a string' }
    };
  }
  const bookmark = await saveBookmark({ url: link, folder });
  return {
    ok: true,
    status: 201,
    data: bookmark
  };
}
