import { NextResponse } from 'next/server';
import { createTask } from '@/app/actions/tasks';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createTask(input);
  if (result.status === 400 || result.status === 500) return new Response(result.data, { status: result.status });
  return NextResponse.json(result.data, { status: result.status });
}
