import { NextResponse } from 'next/server';
import { deleteFavorite, createFavorite } from '@/app/actions/favorites';

export async function POST(_request: Request, { params }: { params: Promise<{ listingId: string }> }) {
  const { listingId } = await params;
  const result = await createFavorite(listingId);
  return NextResponse.json(result.data, { status: result.status });
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ listingId: string }> }) {
  const { listingId } = await params;
  const result = await deleteFavorite(listingId);
  return NextResponse.json(result);
}
