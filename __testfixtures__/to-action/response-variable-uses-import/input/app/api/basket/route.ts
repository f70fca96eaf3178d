import { NextResponse } from 'next/server';
import { formatCount } from '@/lib/format';

export async function POST(request: Request) {
  const { items } = await request.json();
  const response = NextResponse.json({ label: formatCount(items.length) });
  response.cookies.set('basket-seen', '1');
  return response;
}
