import { NextResponse } from 'next/server';
import { createPost } from '../../actions/posts';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createPost(input);
  return NextResponse.json(result);
}
