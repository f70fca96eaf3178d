import { NextResponse } from 'next/server';
import { createResend } from '@/app/actions/invites-resend';

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createResend(input);
  if (result === undefined) return new Response(null, { status: 200 });
  return new Response(result);
}
