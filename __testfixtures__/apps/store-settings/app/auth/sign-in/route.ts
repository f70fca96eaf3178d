import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { SESSION_COOKIE } from '@/lib/session';

// A stand-in for a real sign-in flow: signs the demo user in and goes back where they came from.
export async function GET(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '/';
  const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
  const token = await db.session.create('user_1');
  // A relative Location: behind `next start -H 127.0.0.1`, request.url names localhost instead.
  const response = new NextResponse(null, { status: 303, headers: { Location: target } });
  response.cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/' });
  return response;
}
