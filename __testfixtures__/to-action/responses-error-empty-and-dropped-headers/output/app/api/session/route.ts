import { NextResponse } from 'next/server';
import { deleteSession } from '@/app/actions/session';

export async function DELETE() {
  const result = await deleteSession();
  if (result.status === 204) return new Response(null, { status: 204 });
  return NextResponse.json(result.data, { status: result.status });
}
