import { NextResponse } from 'next/server';
import { createBasket } from '@/app/actions/basket';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createBasket(input);
  return NextResponse.json(result);
}
