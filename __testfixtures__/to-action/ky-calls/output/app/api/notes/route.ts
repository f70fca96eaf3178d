import { NextResponse } from 'next/server';
import { createNote } from '@/app/actions/notes';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createNote(input);
  return NextResponse.json(result, { status: 201 });
}
