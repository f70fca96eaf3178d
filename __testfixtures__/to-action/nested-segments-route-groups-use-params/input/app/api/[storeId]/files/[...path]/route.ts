import { NextResponse } from 'next/server';
import { deleteStoreFile } from '@/lib/store';

export async function DELETE(req: Request, { params }: { params: Promise<{ storeId: string; path: string[] }> }) {
  const { storeId, path } = await params;
  return NextResponse.json(await deleteStoreFile(storeId, path.join('/')));
}
