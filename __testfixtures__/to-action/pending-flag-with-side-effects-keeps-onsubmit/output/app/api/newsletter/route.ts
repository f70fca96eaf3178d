import { NextResponse } from 'next/server';
import { createNewsletter } from '../../actions/newsletter';

export async function POST(request: Request) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected form data' }, { status: 400 });
  }
  const result = await createNewsletter(form);
  return NextResponse.json(result);
}
