import { NextRequest } from 'next/server';

export async function POST(req: NextRequest) {
  const body = await req.json();
  if (!body.title) return new Response('Missing title', { status: 400 });
  return Response.json({ id: 1, title: body.title });
}
