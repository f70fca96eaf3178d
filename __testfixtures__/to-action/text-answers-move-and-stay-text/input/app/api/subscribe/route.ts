import { z } from 'zod';
import { currentUser, memberships, SubscriptionInput } from '@/lib/store';

export async function POST(req: Request) {
  try {
    const user = await currentUser();
    if (!user) {
      return new Response('Unauthorized', { status: 401 });
    }
    const body = await req.json();
    const { communityId } = SubscriptionInput.parse(body);
    await memberships.add(user.id, communityId);
    return new Response(communityId);
  } catch (error) {
    if (error instanceof z.ZodError) {
      return new Response(error.message, { status: 422 });
    }
    return new Response('Could not subscribe', { status: 500 });
  }
}
