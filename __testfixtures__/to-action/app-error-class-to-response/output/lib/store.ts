import { StoreError, type ErrorKind } from './errors';

export interface Bookmark {
  id: string;
  url: string;
  ownerId: string;
}

const bookmarks: Bookmark[] = [];

export async function saveBookmark(ownerId: string, url: string): Promise<Bookmark> {
  const bookmark = { id: String(bookmarks.length + 1), url, ownerId };
  bookmarks.push(bookmark);
  return bookmark;
}

/** Why `ownerId` may not change the bookmark, or null when they may. */
export async function checkOwner(ownerId: string, id: string): Promise<ErrorKind | null> {
  const bookmark = bookmarks.find((b) => b.id === id);
  if (!bookmark) return 'not_found';
  return bookmark.ownerId === ownerId ? null : 'forbidden';
}

export async function removeBookmark(id: string): Promise<void> {
  const at = bookmarks.findIndex((b) => b.id === id);
  if (at < 0) throw new StoreError('not_found');
  bookmarks.splice(at, 1);
}

export async function renameTag(ownerId: string, from: string, to: string): Promise<number> {
  return bookmarks.filter((b) => b.ownerId === ownerId && b.url.includes(from) && to.length > 0).length;
}
