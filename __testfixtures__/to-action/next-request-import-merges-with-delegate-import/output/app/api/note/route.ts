import { NextResponse } from 'next/server';
import { createNote } from '../../actions/note';

export async function POST(request: Request) {
  let body;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createNote(body);
  if (result.status === 400) return new Response(result.data, { status: result.status });
  return NextResponse.json(result.data, { status: result.status });
}
