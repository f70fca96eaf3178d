import { NextResponse } from 'next/server';
import { notes } from '@/lib/notes';

export async function POST(request: Request) {
  const { text } = await request.json();
  return NextResponse.json(notes.add(String(text)), { status: 201 });
}
