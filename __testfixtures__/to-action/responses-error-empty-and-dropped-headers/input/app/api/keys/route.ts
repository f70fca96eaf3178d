import { NextResponse } from 'next/server';
import { ratelimit } from '@/lib/ratelimit';

export async function POST(req: Request) {
  const { name } = await req.json();
  const { success, limit, remaining } = await ratelimit.limit('keys');
  if (!success) {
    return NextResponse.json(
      { error: 'Too many requests' },
      { status: 429, headers: { 'X-RateLimit-Limit': limit.toString(), 'X-RateLimit-Remaining': remaining.toString() } },
    );
  }
  if (!name) return NextResponse.error();
  const res = NextResponse.json({ id: 'k1', name }, { status: 201 });
  res.headers.set('X-RateLimit-Remaining', String(remaining));
  return res;
}
