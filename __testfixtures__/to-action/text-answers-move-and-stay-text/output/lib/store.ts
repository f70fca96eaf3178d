import { z } from 'zod';

export const SubscriptionInput = z.object({ communityId: z.string() });

export async function currentUser(): Promise<{ id: string } | null> {
  return { id: 'u1' };
}

export const memberships = {
  async add(userId: string, communityId: string) {
    return { userId, communityId };
  },
  async reorder(list: Array<{ id: string; position: number }>) {
    return list.length;
  },
  async exportCsv(): Promise<Blob> {
    return new Blob(['id\n']);
  },
};
