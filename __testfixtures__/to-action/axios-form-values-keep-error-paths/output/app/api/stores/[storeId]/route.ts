import { NextResponse } from 'next/server';
import { deleteStore, updateStore } from '@/app/actions/stores';

export async function PATCH(request: Request, { params }: { params: Promise<{ storeId: string }> }) {
  const { storeId } = await params;
  let body;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updateStore(storeId, body);
  if (result.status === 400 || result.status === 403) return new Response(result.data, { status: result.status });
  return NextResponse.json(result.data, { status: result.status });
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ storeId: string }> }) {
  const { storeId } = await params;
  const result = await deleteStore(storeId);
  if (result.status === 403) return new Response(result.data, { status: result.status });
  return NextResponse.json(result.data, { status: result.status });
}
