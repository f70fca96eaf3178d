import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { sku, quantity } = await request.json();
  if (!Number.isInteger(quantity) || quantity < 1) {
    return NextResponse.json(
      { error: 'Choose a quantity of at least 1', field: 'quantity' },
      { status: 422 },
    );
  }
  return NextResponse.json({
    orderId: `ord_${sku}_${quantity}`,
    message: `Ordered ${quantity} × ${sku}. You will get a confirmation email shortly.`,
  });
}
