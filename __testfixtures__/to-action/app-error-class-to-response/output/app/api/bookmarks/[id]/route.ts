import { NextResponse } from 'next/server';
import { deleteBookmark } from '@/app/actions/bookmarks';

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await deleteBookmark(id);
  return NextResponse.json(result.data, { status: result.status });
}
