'use server';

import { z } from 'zod';
import { currentUser, memberships, SubscriptionInput } from '@/lib/store';

export async function subscribe(body: unknown): Promise<{ ok: boolean; status: number; data: any }> {
  try {
    const user = await currentUser();
    if (!user) {
      return {
        ok: false,
        status: 401,
        data: 'Unauthorized'
      };
    }
    const { communityId } = SubscriptionInput.parse(body);
    await memberships.add(user.id, communityId);
    return {
      ok: true,
      status: 200,
      data: communityId
    };
  } catch (error) {
    if (error instanceof z.ZodError) {
      return {
        ok: false,
        status: 422,
        data: error.message
      };
    }
    return {
      ok: false,
      status: 500,
      data: 'Could not subscribe'
    };
  }
}
