import { NextResponse, type NextRequest } from 'next/server';
import { findProduct } from '@/lib/catalog';
import { addLine, CART_COOKIE, itemCount, parseCart } from '@/lib/cart';

const THIRTY_DAYS = 60 * 60 * 24 * 30;

export async function POST(request: NextRequest) {
  const { sku, quantity = 1 } = await request.json();
  const product = findProduct(sku);
  if (!product) {
    return NextResponse.json({ error: 'That product is no longer available' }, { status: 404 });
  }
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 10) {
    return NextResponse.json({ error: 'Choose between 1 and 10' }, { status: 400 });
  }

  const lines = addLine(parseCart(request.cookies.get(CART_COOKIE)?.value), product.sku, quantity);
  const response = NextResponse.json({ count: itemCount(lines), product: product.name });
  response.cookies.set(CART_COOKIE, JSON.stringify(lines), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: THIRTY_DAYS,
  });
  return response;
}

export async function DELETE() {
  const response = NextResponse.json({ count: 0 });
  response.cookies.delete(CART_COOKIE);
  return response;
}
