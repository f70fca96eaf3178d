import { NextResponse } from 'next/server';
import { updateDocument } from '@/app/actions/document';

export async function PATCH(request: Request) {
  const { searchParams } = new URL(request.url);
  const id = searchParams.get('id');
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updateDocument(input, id);
  return NextResponse.json(result.data, { status: result.status });
}
