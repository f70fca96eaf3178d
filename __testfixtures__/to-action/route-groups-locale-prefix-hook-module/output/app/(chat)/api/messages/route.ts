import { NextResponse } from 'next/server';
import { createMessage } from '../../../actions/messages';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createMessage(input);
  return NextResponse.json(result);
}
