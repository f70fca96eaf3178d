import { NextRequest, NextResponse } from 'next/server';
import { saveDraft } from '@/lib/docs';

export async function PUT(request: NextRequest, { params }: { params: Promise<{ slug: string[] }> }) {
  const { slug } = await params;
  const version = request.nextUrl.searchParams.get('version');
  const { content } = await request.json();
  const doc = await saveDraft(slug.join('/'), content, version);
  return NextResponse.json(doc);
}
