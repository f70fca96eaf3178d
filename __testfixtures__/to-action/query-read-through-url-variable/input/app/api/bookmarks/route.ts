import { NextResponse } from 'next/server';
import { dropBookmark, saveBookmark } from '@/lib/bookmarks';

export async function POST(req: Request) {
  const url = new URL(req.url);
  const folder = url.searchParams.get('folder') ?? 'inbox';
  const { link } = await req.json();
  if (typeof link !== 'string') {
    return NextResponse.json({ error: 'link must be a string' }, { status: 400 });
  }
  const bookmark = await saveBookmark({ url: link, folder });
  return NextResponse.json(bookmark, { status: 201 });
}

export async function DELETE(req: Request) {
  const url = new URL(req.url);
  const id = url.searchParams.get('id');
  if (!id) {
    return NextResponse.json({ error: 'id is required' }, { status: 400 });
  }
  await dropBookmark(id);
  return NextResponse.json({ deleted: id });
}
