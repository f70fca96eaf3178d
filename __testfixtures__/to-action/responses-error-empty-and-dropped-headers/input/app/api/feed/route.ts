import { NextResponse } from 'next/server';

export async function PUT(req: Request) {
  const { topics } = await req.json();
  if (!Array.isArray(topics)) return NextResponse.json({ saved: false }, { headers: { 'Cache-Control': 'no-store' } });
  return NextResponse.json({ saved: true }, { headers: { 'Cache-Control': 'no-store' } });
}
