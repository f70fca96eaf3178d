export const db = {
  store: {
    async update(id: string, name: string) {
      return { id, name };
    },
    async remove(id: string) {
      return { id };
    },
  },
  billboard: {
    async create(storeId: string, label: string, imageUrl: string) {
      return { id: 'b1', storeId, label, imageUrl };
    },
  },
};
