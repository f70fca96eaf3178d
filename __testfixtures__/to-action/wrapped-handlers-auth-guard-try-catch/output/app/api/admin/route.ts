import { NextResponse } from 'next/server';
import { withUser } from '@/lib/with-auth';

export const POST = withUser(async (_req, _ctx, user) => {
  return NextResponse.json({ user });
});
