import { NextResponse } from 'next/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

export async function POST(request: Request) {
  const locale = request.headers.get('accept-language') ?? 'en';
  const { productId, quantity } = await request.json();
  if (!request.cookies.get('session')) {
    redirect('/login');
  }
  if (quantity < 1) {
    return new Response('Quantity must be at least 1', { status: 400 });
  }
  const response = NextResponse.json({ productId, quantity, locale });
  response.cookies.set('cart', `${productId}:${quantity}`, { httpOnly: true });
  revalidatePath('/cart');
  return response;
}

export async function DELETE() {
  revalidatePath('/cart');
  return new Response(JSON.stringify({ cleared: true }), { status: 200, headers: { 'Content-Type': 'application/json' } });
}
