import { NextRequest, NextResponse } from 'next/server';
import { moveItems } from '@/lib/items';

export async function POST(req: NextRequest) {
  const page = Number(req.nextUrl.searchParams.get('page') ?? '1');
  const size = Number(req.nextUrl.searchParams.get('size') ?? '20');
  const order: string[] = await req.json();
  return NextResponse.json(await moveItems(order, page, size));
}
