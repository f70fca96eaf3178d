import { NextResponse } from 'next/server';
import { favorites } from '@/lib/favorites';

export async function POST(req: Request, { params }: { params: Promise<{ listingId: string }> }) {
  const { listingId } = await params;
  if (!listingId) {
    return NextResponse.json({ error: 'Invalid ID' }, { status: 400 });
  }
  return NextResponse.json({ count: favorites.add(listingId) });
}

export async function DELETE(req: Request, { params }: { params: Promise<{ listingId: string }> }) {
  const { listingId } = await params;
  return NextResponse.json({ count: favorites.remove(listingId) });
}
