import { NextResponse } from 'next/server';
import { deleteNote } from '@/app/actions/notes';

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await deleteNote(id);
  return NextResponse.json(result);
}
