import { NextRequest, NextResponse } from 'next/server';
import { exportItems } from '@/lib/items';

export async function POST(req: NextRequest) {
  const format = req.nextUrl.searchParams.get('format');
  const since = req.nextUrl.searchParams.get('since');
  if (!format) return NextResponse.json({ error: 'format is required' }, { status: 400 });
  return NextResponse.json(await exportItems(format, since));
}
