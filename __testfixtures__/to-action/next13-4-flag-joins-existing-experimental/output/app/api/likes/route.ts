import { NextResponse } from 'next/server';
import { likes } from '@/lib/likes';
import { createLike } from '@/app/actions/likes';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createLike(input);
  return NextResponse.json(result);
}

export async function GET() {
  return NextResponse.json({ likes: likes.count() });
}
