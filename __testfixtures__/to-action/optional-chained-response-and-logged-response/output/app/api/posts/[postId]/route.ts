import { NextResponse } from 'next/server';
import { deletePost, updatePost } from '@/app/actions/posts';

export async function PATCH(request: Request, { params }: { params: Promise<{ postId: string }> }) {
  const { postId } = await params;
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updatePost(postId, input);
  return NextResponse.json(result.data, { status: result.status });
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ postId: string }> }) {
  const { postId } = await params;
  const result = await deletePost(postId);
  return new Response(null, { status: result.status });
}
