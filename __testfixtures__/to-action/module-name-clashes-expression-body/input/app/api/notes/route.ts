import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

const LIMIT = 10;

export async function POST(request: Request) {
  const { title } = await request.json();
  if (db.size() >= LIMIT) return NextResponse.json({ error: 'Too many notes' }, { status: 409 });
  return NextResponse.json(db.add(title), { status: 201 });
}
