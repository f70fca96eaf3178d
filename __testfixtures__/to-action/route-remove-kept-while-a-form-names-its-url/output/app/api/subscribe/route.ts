import { NextResponse } from 'next/server';
import { subscribe } from '@/app/actions/subscribe';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await subscribe(input);
  return NextResponse.json(result);
}
