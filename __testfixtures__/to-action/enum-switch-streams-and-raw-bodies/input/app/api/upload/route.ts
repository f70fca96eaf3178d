import { put } from '@vercel/blob';
import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { searchParams } = new URL(request.url);
  const filename = searchParams.get('filename') ?? 'upload.bin';
  const blob = await put(filename, request.body!, { access: 'public' });
  return NextResponse.json(blob);
}
