export const db = {
  note: { create: async (v: object) => v, update: async (id: string, v: object) => ({ id, ...v }) },
  profile: { update: async (v: object) => v },
};
