import { NextResponse } from 'next/server';
import { updateDoc } from '@/app/actions/docs';

export async function PUT(request: Request, { params }: { params: Promise<{ slug: string[] }> }) {
  const { slug } = await params;
  const { searchParams } = new URL(request.url);
  const version = searchParams.get('version');
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updateDoc(slug, input, version);
  return NextResponse.json(result);
}
