import { NextResponse } from 'next/server';
import { deleteBillboard, updateBillboard } from '@/lib/store';

export async function PATCH(req: Request, { params }: { params: Promise<{ storeId: string; billboardId: string }> }) {
  const { storeId, billboardId } = await params;
  const { label } = await req.json();
  const billboard = await updateBillboard(storeId, billboardId, label);
  return NextResponse.json(billboard);
}

export async function DELETE(req: Request, { params }: { params: Promise<{ storeId: string; billboardId: string }> }) {
  const { storeId, billboardId } = await params;
  const billboard = await deleteBillboard(storeId, billboardId);
  return NextResponse.json(billboard);
}
