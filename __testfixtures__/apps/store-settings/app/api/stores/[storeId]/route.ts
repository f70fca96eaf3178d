import { NextResponse } from 'next/server';
import { currentUserId } from '@/lib/session';
import { db } from '@/lib/db';

// Names that would clash with the storefront's own pages.
const RESERVED_NAMES = ['admin', 'api', 'settings'];

export async function PATCH(req: Request, { params }: { params: Promise<{ storeId: string }> }) {
  const userId = await currentUserId();
  const { storeId } = await params;
  const body = await req.json();
  const { name } = body;

  if (!userId) {
    return new NextResponse('Unauthenticated', { status: 401 });
  }
  if (!name) {
    return new NextResponse('Name is required', { status: 400 });
  }
  if (RESERVED_NAMES.includes(name.trim().toLowerCase())) {
    return new NextResponse('This name is reserved', { status: 400 });
  }

  const store = await db.store.update(storeId, name.trim());
  if (!store) {
    return new NextResponse('Store not found', { status: 404 });
  }
  return NextResponse.json(store);
}
