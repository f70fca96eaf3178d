import { NextResponse } from 'next/server';
import { createEvent } from '@/app/actions/events';

export async function POST(request: Request) {
  let event;
  try {
    event = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createEvent(event);
  return NextResponse.json(result);
}
