import { NextResponse } from 'next/server';
import { updateFeed } from '@/app/actions/feed';

export async function PUT(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updateFeed(input);
  return NextResponse.json(result, { headers: { 'Cache-Control': 'no-store' } });
}
