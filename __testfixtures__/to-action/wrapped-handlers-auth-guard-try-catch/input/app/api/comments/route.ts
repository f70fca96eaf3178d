import { NextResponse } from 'next/server';
import { withLogging } from '@/lib/with-logging';

export const POST = withLogging(async (req) => {
  const { text } = await req.json();
  return NextResponse.json({ text }, { status: 201 });
});
