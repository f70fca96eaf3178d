import { NextResponse } from 'next/server';
import { addComment } from '@/lib/comments';

export async function POST(request: Request, { params }: { params: { id: string } }) {
  const formData = await request.formData();
  const text = String(formData.get('text') ?? '').trim();
  if (!text) {
    return NextResponse.json({ error: 'Write something first' }, { status: 400 });
  }
  await addComment(params.id, text);
  return NextResponse.json({ message: 'Comment posted' });
}
