import { NextResponse } from 'next/server';
import { todos } from '@/lib/todos';

export async function POST(request: Request) {
  const { title } = await request.json();
  const todo = todos.add(String(title));
  return NextResponse.json(todo, { status: 201 });
}
