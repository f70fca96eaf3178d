import { NextRequest, userAgent } from 'next/server';

export function GET(req: Request) {
  return Response.json({ browser: userAgent(req).browser.name });
}

export async function POST(req: NextRequest) {
  const { name } = await req.json();
  return Response.json({ name }, { status: 201 });
}
