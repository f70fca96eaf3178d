import { NextResponse } from 'next/server';
import { posts } from '@/lib/posts';

export async function PATCH(req: Request, { params }: { params: Promise<{ postId: string }> }) {
  const { postId } = await params;
  const { title } = await req.json();
  if (!title) {
    return NextResponse.json({ error: 'A title is required' }, { status: 422 });
  }
  const post = await posts.update(postId, title);
  return NextResponse.json(post);
}

export async function DELETE(req: Request, { params }: { params: Promise<{ postId: string }> }) {
  const { postId } = await params;
  const removed = await posts.remove(postId);
  if (!removed) {
    return new Response(null, { status: 404 });
  }
  return new Response(null, { status: 204 });
}
