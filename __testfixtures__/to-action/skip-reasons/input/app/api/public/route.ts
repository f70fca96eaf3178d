import { NextResponse } from 'next/server';

export async function OPTIONS() {
  return new Response(null, { headers: { 'Access-Control-Allow-Origin': '*' } });
}

export async function POST(request: Request) {
  const body = await request.json();
  return NextResponse.json(body);
}
