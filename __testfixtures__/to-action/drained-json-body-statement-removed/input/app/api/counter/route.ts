import { NextResponse } from 'next/server';

let count = 0;

export async function POST(req: Request) {
  const { step } = await req.json();
  if (typeof step !== 'number') {
    return NextResponse.json({ error: 'step must be a number' }, { status: 400 });
  }
  count += step;
  return NextResponse.json({ count });
}
