import { NextResponse } from 'next/server';
import { createExport } from '@/app/actions/items-export';

export async function POST(request: Request) {
  const { searchParams } = new URL(request.url);
  const format = searchParams.get('format');
  const since = searchParams.get('since');
  const result = await createExport(format, since);
  return NextResponse.json(result.data, { status: result.status });
}
