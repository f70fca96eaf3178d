import { NextResponse } from 'next/server';
import { createFeedback } from '@/app/actions/feedback';

export async function POST(request: Request) {
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected form data' }, { status: 400 });
  }
  const result = await createFeedback(formData);
  return NextResponse.json(result);
}
