import { NextResponse } from 'next/server';
import { deleteHistory } from '@/app/actions/history';

export async function DELETE() {
  const result = await deleteHistory();
  return NextResponse.json(result);
}
