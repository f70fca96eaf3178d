import { NextResponse } from 'next/server';

export async function GET() {
  return NextResponse.json([{ id: '1' }]);
}

export async function POST(request: Request) {
  const item = await request.json();
  return NextResponse.json(item, { status: 201 });
}
