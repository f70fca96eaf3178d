import { NextResponse } from 'next/server';
import { saveNote } from '../../actions/save-note';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await saveNote(input);
  return NextResponse.json(result);
}
