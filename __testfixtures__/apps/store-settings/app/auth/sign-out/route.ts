import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { SESSION_COOKIE } from '@/lib/session';

export async function GET(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '/';
  const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (token) await db.session.delete(token);
  // A relative Location: behind `next start -H 127.0.0.1`, request.url names localhost instead.
  const response = new NextResponse(null, { status: 303, headers: { Location: target } });
  response.cookies.delete(SESSION_COOKIE);
  return response;
}
