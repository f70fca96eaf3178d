import { NextResponse } from 'next/server';
import { createFeedback } from '../../actions/feedback';

export async function POST(request: Request) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected form data' }, { status: 400 });
  }
  const result = await createFeedback(form);
  return NextResponse.json(result);
}
