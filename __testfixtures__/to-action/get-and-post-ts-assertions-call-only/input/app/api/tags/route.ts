import { NextResponse } from 'next/server';

type Tag = { name: string };
const tags: Tag[] = [];

export async function GET() {
  return NextResponse.json(tags);
}

export async function POST(request: Request) {
  const tag = <Tag>await request.json();
  tags.push(tag);
  return NextResponse.json(tag, { status: 201 });
}
