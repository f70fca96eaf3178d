import { NextResponse } from 'next/server';

export async function POST(req: Request) {
  const event = await req.json();
  return NextResponse.json({ id: 'e1', title: event.title, startsAt: event.startsAt });
}
