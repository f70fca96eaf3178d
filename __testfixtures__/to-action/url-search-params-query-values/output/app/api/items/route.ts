import { NextResponse } from 'next/server';
import { deleteItem } from '@/app/actions/items';

export async function DELETE(request: Request) {
  const { searchParams } = new URL(request.url);
  const id = searchParams.get('id');
  const result = await deleteItem(id);
  return NextResponse.json(result);
}
