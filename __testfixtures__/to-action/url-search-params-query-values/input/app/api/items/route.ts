import { NextResponse } from 'next/server';
import { removeItem } from '@/lib/items';

export async function DELETE(req: Request) {
  const id = new URL(req.url).searchParams.get('id');
  await removeItem(id);
  return NextResponse.json({ ok: true });
}
