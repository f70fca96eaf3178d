import { NextResponse } from 'next/server';
import { deleteBillboardByBillboardId, updateBillboardByBillboardId } from '@/app/actions/billboards';

export async function PATCH(request: Request, { params }: { params: Promise<{ storeId: string; billboardId: string }> }) {
  const { storeId, billboardId } = await params;
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updateBillboardByBillboardId(storeId, billboardId, input);
  return NextResponse.json(result);
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ storeId: string; billboardId: string }> }) {
  const { storeId, billboardId } = await params;
  const result = await deleteBillboardByBillboardId(storeId, billboardId);
  return NextResponse.json(result);
}
