import { NextResponse } from 'next/server';

// Builds a link from the request's own origin: an action has no request URL to read.
export async function POST(req: Request) {
  const url = new URL(req.url);
  const id = url.searchParams.get('id');
  return NextResponse.json({ link: `${url.origin}/b/${id}` });
}
