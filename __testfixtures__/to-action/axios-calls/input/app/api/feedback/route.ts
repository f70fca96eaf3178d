import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const formData = await request.formData();
  const message = String(formData.get('message') ?? '');
  return NextResponse.json({ received: message.length });
}
