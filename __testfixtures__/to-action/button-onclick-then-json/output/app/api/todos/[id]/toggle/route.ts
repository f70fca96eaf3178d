import { NextResponse } from 'next/server';
import { toggleTodo } from '@/app/actions/todos-toggle';

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await toggleTodo(id);
  return NextResponse.json(result);
}
