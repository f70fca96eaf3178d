import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { getSession, type Session } from '@/lib/session';

type Handler<C> = (req: NextRequest, ctx: C) => Promise<Response>;

export function withAuth<C>(handler: Handler<C>) {
  return async (req: NextRequest, ctx: C) => {
    const { userId } = await auth();
    if (!userId) return new NextResponse('Unauthorized', { status: 401 });
    return handler(req, ctx);
  };
}

export const withSession =
  <C>(handler: (req: NextRequest, ctx: C, session: Session) => Promise<Response>) =>
  async (req: NextRequest, ctx: C) => {
    const session = await getSession();
    if (!session) {
      return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
    }
    return handler(req, ctx, session);
  };

export function withUser<C>(handler: (req: NextRequest, ctx: C, user: unknown) => Promise<Response>) {
  return async (req: NextRequest, ctx: C) => handler(req, ctx, await currentUser());
}

async function currentUser() {
  return { id: 'u1' };
}
