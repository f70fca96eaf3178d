import { NextResponse } from 'next/server';
import { revalidatePath } from 'next/cache';
import { createTodo, listTodos } from '@/lib/todos';

export async function GET() {
  return NextResponse.json(listTodos());
}

export async function POST(request: Request) {
  const { title } = await request.json();
  if (typeof title !== 'string' || title.trim() === '') {
    return NextResponse.json({ error: 'Give the todo a title' }, { status: 400 });
  }
  if (title.length > 80) {
    return NextResponse.json({ error: 'Keep it under 80 characters' }, { status: 400 });
  }
  const todo = createTodo(title.trim());
  revalidatePath('/');
  return NextResponse.json(todo, { status: 201 });
}
