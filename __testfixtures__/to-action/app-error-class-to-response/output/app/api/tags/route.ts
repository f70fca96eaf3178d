import { NextResponse } from 'next/server';
import { updateTag } from '@/app/actions/tags';

export async function PATCH(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updateTag(input);
  return NextResponse.json(result.data, { status: result.status });
}
