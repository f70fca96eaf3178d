import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { user } = await request.json();
  return NextResponse.redirect(new URL(`/welcome?user=${user}`, request.url));
}
