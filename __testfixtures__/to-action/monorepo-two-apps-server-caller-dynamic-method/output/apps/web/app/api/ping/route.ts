import { NextResponse } from 'next/server';
import { createPing } from '../../actions/ping';

export async function POST() {
  const result = await createPing();
  return NextResponse.json(result);
}
