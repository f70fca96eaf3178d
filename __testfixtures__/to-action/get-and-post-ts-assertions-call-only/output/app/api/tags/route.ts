import { NextResponse } from 'next/server';
import { createTag } from '../../actions/tags';

type Tag = { name: string };
const tags: Tag[] = [];

export async function GET() {
  return NextResponse.json(tags);
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
