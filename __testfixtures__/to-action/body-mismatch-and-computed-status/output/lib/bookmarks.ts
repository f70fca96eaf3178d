const saved = new Map<string, { url: string }>();

export const bookmarks = {
  upsert(url: string) {
    const created = !saved.has(url);
    saved.set(url, { url });
    return { bookmark: saved.get(url)!, created };
  },
};
