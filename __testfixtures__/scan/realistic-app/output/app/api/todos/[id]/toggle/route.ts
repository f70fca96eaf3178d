import { NextResponse } from 'next/server';
import { revalidatePath } from 'next/cache';
import { todos } from '@/lib/todos';

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const todo = todos.toggle(id);
  if (!todo) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  revalidatePath('/todos');
  return NextResponse.json(todo);
}
