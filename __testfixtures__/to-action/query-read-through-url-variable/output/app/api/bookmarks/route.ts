import { NextResponse } from 'next/server';
import { deleteBookmark, createBookmark } from '@/app/actions/bookmarks';

export async function POST(request: Request) {
  const { searchParams } = new URL(request.url);
  const folder2 = searchParams.get('folder');
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createBookmark(input, folder2);
  return NextResponse.json(result.data, { status: result.status });
}

export async function DELETE(request: Request) {
  const { searchParams } = new URL(request.url);
  const id = searchParams.get('id');
  const result = await deleteBookmark(id);
  return NextResponse.json(result.data, { status: result.status });
}
