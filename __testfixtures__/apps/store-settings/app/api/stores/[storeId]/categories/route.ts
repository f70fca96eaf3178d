import { NextResponse } from 'next/server';
import { currentUserId } from '@/lib/session';
import { db } from '@/lib/db';

export async function POST(req: Request, { params }: { params: Promise<{ storeId: string }> }) {
  const userId = await currentUserId();
  const { storeId } = await params;
  const { name } = await req.json();

  if (!userId) {
    return new NextResponse('Unauthenticated', { status: 401 });
  }
  if (!name) {
    return new NextResponse('Name is required', { status: 400 });
  }
  if (!(await db.store.find(storeId))) {
    return new NextResponse('Store not found', { status: 404 });
  }

  const category = await db.category.create(storeId, name.trim());
  return NextResponse.json(category);
}
