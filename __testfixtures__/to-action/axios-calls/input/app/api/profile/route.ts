import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { name } = await request.json();
  if (typeof name !== 'string' || name.length === 0) {
    return NextResponse.json({ error: 'Name is required' }, { status: 400 });
  }
  return NextResponse.json({ name });
}
