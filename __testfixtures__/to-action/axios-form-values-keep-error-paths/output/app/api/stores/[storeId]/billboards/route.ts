import { NextResponse } from 'next/server';
import { createBillboard } from '@/app/actions/stores-billboards';

export async function POST(request: Request, { params }: { params: Promise<{ storeId: string }> }) {
  const { storeId } = await params;
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createBillboard(storeId, input);
  if (result.status === 400 || result.status === 403) return new Response(result.data, { status: result.status });
  return NextResponse.json(result.data, { status: result.status });
}
