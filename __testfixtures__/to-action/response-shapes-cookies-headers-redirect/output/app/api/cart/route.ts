import { NextResponse } from 'next/server';
import { deleteCart, createCart } from '../../actions/cart';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createCart(input);
  if (result.status === 400) return new Response(result.data, { status: result.status });
  return NextResponse.json(result.data, { status: result.status });
}

export async function DELETE() {
  const result = await deleteCart();
  return NextResponse.json(result);
}
