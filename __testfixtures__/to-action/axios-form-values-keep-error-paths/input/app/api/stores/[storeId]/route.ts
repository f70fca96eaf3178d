import { NextResponse } from 'next/server';
import { currentUserId } from '@/lib/session';
import { db } from '@/lib/db';

export async function PATCH(req: Request, { params }: { params: Promise<{ storeId: string }> }) {
  const userId = await currentUserId();
  const { storeId } = await params;
  const body = await req.json();
  const { name } = body;

  if (!userId) {
    return new NextResponse('Unauthenticated', { status: 403 });
  }
  if (!name) {
    return new NextResponse('Name is required', { status: 400 });
  }

  const store = await db.store.update(storeId, name);
  return NextResponse.json(store);
}

export async function DELETE(req: Request, { params }: { params: Promise<{ storeId: string }> }) {
  const userId = await currentUserId();
  const { storeId } = await params;

  if (!userId) {
    return new NextResponse('Unauthenticated', { status: 403 });
  }

  const store = await db.store.remove(storeId);
  return NextResponse.json(store);
}
