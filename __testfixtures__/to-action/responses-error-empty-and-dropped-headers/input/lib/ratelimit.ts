export const ratelimit = {
  limit: async (_key: string) => ({ success: true, limit: 10, remaining: 9 }),
};
