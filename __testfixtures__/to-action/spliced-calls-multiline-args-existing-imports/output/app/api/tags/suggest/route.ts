import { NextResponse } from 'next/server';
import { createSuggest } from '../../../actions/tags-suggest';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createSuggest(input);
  return NextResponse.json(result);
}
