import { NextResponse } from 'next/server';
import { createAvatar } from '@/app/actions/avatar';

export async function POST(request: Request) {
  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected form data' }, { status: 400 });
  }
  const result = await createAvatar(data);
  return NextResponse.json(result.data, { status: result.status });
}
