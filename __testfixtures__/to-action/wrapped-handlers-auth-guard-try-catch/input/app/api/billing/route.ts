import { NextResponse } from 'next/server';
import { withApiAuthRequired } from '@auth0/nextjs-auth0';

export const POST = withApiAuthRequired(async () => {
  return NextResponse.json({ url: '/billing/portal' });
});
