import { NextResponse } from 'next/server';
import { createKey } from '@/app/actions/keys';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createKey(input);
  if (result.status === 500) return new Response(null, { status: 500 });
  return NextResponse.json(result.data, { status: result.status });
}
