const rows = new Map<string, unknown>();

export const db = {
  async save(kind: string, value: unknown) {
    rows.set(kind, value);
  },
  async remove(kind: string, id: string) {
    rows.delete(`${kind}:${id}`);
  },
};
