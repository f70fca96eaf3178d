import { NextResponse } from 'next/server';
import { createGreeting } from '../../../actions/greeting';

export async function POST(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const result = await createGreeting(locale);
  return NextResponse.json(result);
}
