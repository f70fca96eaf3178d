export const db = {
  project: {
    update: async (args: { where: { id: string }; data: unknown }) => ({ id: args.where.id }),
    delete: async (args: { where: { id: string; ownerId: string } }) => args.where,
  },
  task: { create: async (args: { data: { title: string } }) => ({ id: 't1', ...args.data }) },
};
