import { NextResponse } from 'next/server';
import { createItem } from '@/app/actions/items';

export async function POST(request: Request) {
  let item;
  try {
    item = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createItem(item);
  return NextResponse.json(result.data, { status: result.status });
}
