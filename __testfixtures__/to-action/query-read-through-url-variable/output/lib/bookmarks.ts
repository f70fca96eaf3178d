export interface Bookmark {
  id: string;
  url: string;
  folder: string;
}

const saved: Bookmark[] = [];

export async function saveBookmark(data: { url: string; folder: string }): Promise<Bookmark> {
  const bookmark = { id: String(Date.now()), ...data };
  saved.push(bookmark);
  return bookmark;
}

export async function dropBookmark(id: string): Promise<void> {
  const at = saved.findIndex((b) => b.id === id);
  if (at >= 0) saved.splice(at, 1);
}
