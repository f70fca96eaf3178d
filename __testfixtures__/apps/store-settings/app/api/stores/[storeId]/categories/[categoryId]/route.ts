import { NextResponse } from 'next/server';
import { currentUserId } from '@/lib/session';
import { db } from '@/lib/db';

export async function DELETE(req: Request, { params }: { params: Promise<{ storeId: string; categoryId: string }> }) {
  const userId = await currentUserId();
  const { storeId, categoryId } = await params;

  if (!userId) {
    return new NextResponse('Unauthenticated', { status: 401 });
  }

  const category = await db.category.delete(storeId, categoryId);
  if (!category) {
    return new NextResponse('Category not found', { status: 404 });
  }
  return NextResponse.json(category);
}
