import { NextResponse } from 'next/server';
import { createOrder } from '../../actions/orders';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createOrder(input);
  return NextResponse.json(result.data, { status: result.status });
}
