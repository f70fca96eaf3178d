import { NextRequest, NextResponse } from 'next/server';
import { renameDocument } from '@/lib/items';

export async function PATCH(req: NextRequest) {
  const id = req.nextUrl.searchParams.get('id');
  if (!id) return NextResponse.json({ error: 'id is required' }, { status: 400 });
  const { title } = await req.json();
  return NextResponse.json(await renameDocument(id, title));
}
