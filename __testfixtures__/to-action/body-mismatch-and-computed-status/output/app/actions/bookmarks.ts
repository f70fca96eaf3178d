'use server';

import { bookmarks } from '../../lib/bookmarks';

export async function createBookmark(input: { url?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { url } = input;
  const { bookmark, created } = bookmarks.upsert(url);
  return {
    ok: (created ? 201 : 200) >= 200 && (created ? 201 : 200) < 300,
    status: created ? 201 : 200,
    data: bookmark
  };
}
