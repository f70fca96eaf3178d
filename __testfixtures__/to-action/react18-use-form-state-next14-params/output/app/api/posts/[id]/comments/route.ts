import { NextResponse } from 'next/server';
import { createComment } from '@/app/actions/posts-comments';

export async function POST(request: Request, { params }: { params: { id: string } }) {
  const { id } = params;
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected form data' }, { status: 400 });
  }
  const result = await createComment(id, formData);
  return NextResponse.json(result.data, { status: result.status });
}
