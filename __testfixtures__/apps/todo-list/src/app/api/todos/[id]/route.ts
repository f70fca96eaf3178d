import { NextResponse } from 'next/server';
import { revalidatePath } from 'next/cache';
import { deleteTodo, updateTodo } from '@/lib/todos';

type Params = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: Params) {
  const { id } = await params;
  const { done } = await request.json();
  if (typeof done !== 'boolean') {
    return NextResponse.json({ error: '`done` must be true or false' }, { status: 400 });
  }
  const todo = updateTodo(id, { done });
  if (!todo) {
    return NextResponse.json({ error: 'Todo not found' }, { status: 404 });
  }
  revalidatePath('/');
  return NextResponse.json(todo);
}

export async function DELETE(_request: Request, { params }: Params) {
  const { id } = await params;
  if (!deleteTodo(id)) {
    return NextResponse.json({ error: 'Todo not found' }, { status: 404 });
  }
  revalidatePath('/');
  return NextResponse.json({ deleted: id });
}
