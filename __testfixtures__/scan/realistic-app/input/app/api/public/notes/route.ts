import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

const CORS = { 'Access-Control-Allow-Origin': 'https://partner.example.com' };

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS });
}

export async function POST(request: Request) {
  const { title, body } = await request.json();
  return NextResponse.json(db.create({ title, body }), { headers: CORS });
}
