import { NextResponse } from 'next/server';
import { saveAvatar } from '@/lib/storage';

export async function POST(request: Request) {
  const bytes = await request.arrayBuffer();
  const url = await saveAvatar(new Uint8Array(bytes));
  return NextResponse.json({ url });
}
