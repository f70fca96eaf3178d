import { NextResponse } from 'next/server';
import { createReorder } from '@/app/actions/items-reorder';

export async function POST(request: Request) {
  const { searchParams } = new URL(request.url);
  const page2 = searchParams.get('page');
  const size2 = searchParams.get('size');
  let order;
  try {
    order = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createReorder(order, page2, size2);
  return NextResponse.json(result);
}
