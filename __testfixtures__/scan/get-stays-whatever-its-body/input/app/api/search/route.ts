import { NextResponse } from 'next/server';
import { searchPosts } from '@/lib/posts';

export async function GET(req: Request) {
  const url = new URL(req.url);
  const q = url.searchParams.get('q');
  if (!q) return NextResponse.json([]);
  return NextResponse.json(await searchPosts(q));
}
