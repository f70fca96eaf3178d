import { NextResponse } from 'next/server';
import { createAvatar } from '@/app/actions/avatar';

export async function POST(request: Request) {
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected form data' }, { status: 400 });
  }
  const result = await createAvatar(formData);
  return NextResponse.json(result);
}
