import { NextResponse } from 'next/server';
import { todos } from '@/lib/todos';

export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { done } = await request.json();
  return NextResponse.json(todos.update(id, Boolean(done)));
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  todos.remove(id);
  return new Response(null, { status: 204 });
}
