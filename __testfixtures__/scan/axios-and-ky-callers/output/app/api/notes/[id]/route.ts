import { NextResponse } from 'next/server';
import { notes } from '@/lib/notes';

export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { text } = await request.json();
  return NextResponse.json(notes.edit(id, String(text)));
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  notes.remove(id);
  return new Response(null, { status: 204 });
}
