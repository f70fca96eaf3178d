import { NextResponse } from 'next/server';
import { withAuth } from '@/lib/auth';

export const POST = withAuth(async ({ req, session }) => {
  const body = await req.json();
  return NextResponse.json({ ...body, owner: session.userId });
});

export async function GET() {
  return NextResponse.json([{ id: 'p1', name: 'Apollo' }]);
}
