export const comments = {
  update(id: string, text: string, requestId: unknown) {
    return { id, text, requestId };
  },
  remove(id: string) {
    return id;
  },
};
