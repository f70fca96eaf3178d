import { NextRequest, NextResponse } from 'next/server';
import { findPost, likePost } from '@/lib/posts';

// The route context is taken untyped and read whole: a shape the tool does not follow.
export async function GET(request: NextRequest, context: any) {
  const { params } = context;
  const post = await findPost(Number(params.postId));
  if (!post) return NextResponse.json({ message: 'Not found' }, { status: 404 });
  return NextResponse.json(post);
}

export async function PATCH(request: NextRequest, context: any) {
  const { params } = context;
  const post = await likePost(Number(params.postId));
  if (!post) return NextResponse.json({ message: 'Not found' }, { status: 404 });
  return NextResponse.json(post);
}
