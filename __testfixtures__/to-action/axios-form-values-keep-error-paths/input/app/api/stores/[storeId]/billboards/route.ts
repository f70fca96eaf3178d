import { NextResponse } from 'next/server';
import { currentUserId } from '@/lib/session';
import { db } from '@/lib/db';

export async function POST(req: Request, { params }: { params: Promise<{ storeId: string }> }) {
  const userId = await currentUserId();
  const { storeId } = await params;
  const { label, imageUrl } = await req.json();

  if (!userId) {
    return new NextResponse('Unauthenticated', { status: 403 });
  }
  if (!label || !imageUrl) {
    return new NextResponse('Label and image URL are required', { status: 400 });
  }

  const billboard = await db.billboard.create(storeId, label, imageUrl);
  return NextResponse.json(billboard);
}
