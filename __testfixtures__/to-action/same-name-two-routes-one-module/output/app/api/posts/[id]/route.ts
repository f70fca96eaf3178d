import { NextResponse } from 'next/server';
import { createPostById } from '../../../actions/posts';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createPostById(id, input);
  return NextResponse.json(result);
}
