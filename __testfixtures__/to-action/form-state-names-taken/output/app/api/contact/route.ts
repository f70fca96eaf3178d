import { NextResponse } from 'next/server';
import { createContact } from '../../actions/contact';

export async function POST(request: Request) {
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected form data' }, { status: 400 });
  }
  const result = await createContact(formData);
  return NextResponse.json(result.data, { status: result.status });
}
