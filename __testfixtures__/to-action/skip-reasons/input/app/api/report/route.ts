import { NextResponse } from 'next/server';

export async function POST() {
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  return NextResponse.json({ ok: true }, { headers });
}
