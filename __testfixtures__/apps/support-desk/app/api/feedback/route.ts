import { NextResponse } from 'next/server';
import { recordFeedback } from '@/lib/billing';

export async function POST(request: Request) {
  const { question, helpful } = await request.json();
  if (typeof helpful !== 'boolean') {
    return NextResponse.json({ error: 'Say whether the answer helped' }, { status: 400 });
  }
  const total = recordFeedback(String(question ?? ''), helpful);
  return NextResponse.json({ message: helpful ? 'Glad it helped!' : 'Sorry about that, a teammate will follow up.', total });
}
