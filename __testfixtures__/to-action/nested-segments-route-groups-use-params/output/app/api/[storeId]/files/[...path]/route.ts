import { NextResponse } from 'next/server';
import { deleteFile } from '@/app/actions/files';

export async function DELETE(_request: Request, { params }: { params: Promise<{ storeId: string; path: string[] }> }) {
  const { storeId, path } = await params;
  const result = await deleteFile(storeId, path);
  return NextResponse.json(result);
}
