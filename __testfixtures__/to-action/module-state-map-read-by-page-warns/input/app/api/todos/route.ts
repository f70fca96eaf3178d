import { NextResponse } from 'next/server';
import { createTodo } from '@/lib/todo-service';

export async function POST(request: Request) {
  const { title } = (await request.json()) as { title: string };
  const todo = createTodo(title);
  return NextResponse.json(todo, { status: 201 });
}
