import { NextResponse } from 'next/server';
import { allow } from '@/lib/rate-limit';

export async function POST(request: Request) {
  const { title } = (await request.json()) as { title: string };
  if (!allow('todos', 10, 60_000)) return NextResponse.json({ error: 'slow down' }, { status: 429 });
  console.log('new todo', title);
  return NextResponse.json({ ok: true });
}
