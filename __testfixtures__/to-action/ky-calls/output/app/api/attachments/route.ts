import { NextResponse } from 'next/server';
import { createAttachment } from '@/app/actions/attachments';

export async function POST(request: Request) {
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected form data' }, { status: 400 });
  }
  const result = await createAttachment(formData);
  return NextResponse.json(result);
}
