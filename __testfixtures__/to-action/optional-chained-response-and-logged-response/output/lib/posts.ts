export const posts = {
  async update(id: string, title: string) {
    return { id, title };
  },
  async remove(id: string) {
    return id.length > 0;
  },
};
