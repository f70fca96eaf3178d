const ids = new Set<string>();

export const favorites = {
  add: (id: string) => ids.add(id).size,
  remove: (id: string) => (ids.delete(id), ids.size),
};
