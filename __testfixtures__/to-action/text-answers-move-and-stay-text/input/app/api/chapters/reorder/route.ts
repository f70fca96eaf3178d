import { NextResponse } from 'next/server';
import { currentUser, memberships } from '@/lib/store';

export async function PUT(req: Request) {
  const user = await currentUser();
  if (!user) {
    return new NextResponse('Unauthorized', { status: 401 });
  }
  const { list } = await req.json();
  await memberships.reorder(list);
  return new NextResponse('Success', { status: 200 });
}
