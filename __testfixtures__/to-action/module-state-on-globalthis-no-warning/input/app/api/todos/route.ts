import { NextResponse } from 'next/server';
import { addTodo } from '@/lib/todos';

export async function POST(request: Request) {
  const { title } = (await request.json()) as { title: string };
  const todo = addTodo(title);
  return NextResponse.json(todo, { status: 201 });
}
