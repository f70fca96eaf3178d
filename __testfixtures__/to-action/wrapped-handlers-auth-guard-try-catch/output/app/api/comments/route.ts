import { NextResponse } from 'next/server';
import { createComment } from '@/app/actions/comments';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createComment(input);
  return NextResponse.json(result, { status: 201 });
}
