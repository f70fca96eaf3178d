import { NextResponse } from 'next/server';
import { createPing } from '../../actions/ping';

export async function POST(request: Request) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected form data' }, { status: 400 });
  }
  await createPing(form);
  return new Response(null, { status: 204 });
}
