import { NextResponse } from 'next/server';
import { likes } from '@/lib/likes';

export async function POST(request: Request) {
  const { amount } = (await request.json()) as { amount: number };
  return NextResponse.json({ likes: likes.add(amount) });
}

export async function GET() {
  return NextResponse.json({ likes: likes.count() });
}
