import { NextResponse } from 'next/server';
import { createPing } from '../../actions/ping';

export async function POST(_request: Request) {
  const result = await createPing();
  return NextResponse.json(result);
}
