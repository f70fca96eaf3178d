import { NextResponse } from 'next/server';
import { bookmarks } from '../../../lib/bookmarks';

export async function POST(request: Request) {
  const { url } = await request.json();
  const { bookmark, created } = bookmarks.upsert(url);
  return NextResponse.json(bookmark, { status: created ? 201 : 200 });
}
