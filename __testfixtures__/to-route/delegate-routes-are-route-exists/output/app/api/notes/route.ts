import { NextResponse } from 'next/server';
import { db } from '@/lib/db';
import { createNote } from '@/app/actions/notes';

export async function GET() {
  return NextResponse.json(db.notes);
}

export async function POST(request: Request) {
  let body;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createNote(body);
  return NextResponse.json(result.data, { status: result.status });
}
