import { NextResponse } from 'next/server';
import { createRsvp } from '../../actions/rsvp';

export async function POST(request: Request) {
  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected form data' }, { status: 400 });
  }
  const result = await createRsvp(data);
  return NextResponse.json(result.data, { status: result.status });
}
