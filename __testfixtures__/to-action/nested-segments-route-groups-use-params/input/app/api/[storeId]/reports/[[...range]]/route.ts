import { NextResponse } from 'next/server';
import { buildReport } from '@/lib/store';

export async function POST(req: Request, { params }: { params: Promise<{ storeId: string; range?: string[] }> }) {
  const { storeId, range } = await params;
  return NextResponse.json(await buildReport(storeId, range));
}
