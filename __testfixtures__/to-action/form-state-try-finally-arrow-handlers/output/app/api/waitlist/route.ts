import { NextResponse } from 'next/server';
import { createWaitlist } from '../../actions/waitlist';

export async function POST(request: Request) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected form data' }, { status: 400 });
  }
  const result = await createWaitlist(form);
  return NextResponse.json(result.data, { status: result.status });
}
