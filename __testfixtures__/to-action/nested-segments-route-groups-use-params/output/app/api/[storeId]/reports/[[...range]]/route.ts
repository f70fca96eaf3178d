import { NextResponse } from 'next/server';
import { createReport } from '@/app/actions/reports';

export async function POST(_request: Request, { params }: { params: Promise<{ storeId: string; range?: string[] }> }) {
  const { storeId, range } = await params;
  const result = await createReport(storeId, range);
  return NextResponse.json(result);
}
