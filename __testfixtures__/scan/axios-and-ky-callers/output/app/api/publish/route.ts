import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { id } = await request.json();
  if (!id) {
    return NextResponse.json({ error: 'Missing id' }, { status: 422 });
  }
  return NextResponse.json({ published: id });
}
