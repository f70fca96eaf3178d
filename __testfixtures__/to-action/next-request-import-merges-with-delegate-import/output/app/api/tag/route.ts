import { userAgent, NextResponse } from 'next/server';
import { createTag } from '../../actions/tag';

export function GET(req: Request) {
  return Response.json({ browser: userAgent(req).browser.name });
}

export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createTag(input);
  return NextResponse.json(result, { status: 201 });
}
