import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const formData = await request.formData();
  const email = formData.get('email');
  if (!email) {
    return NextResponse.json({ error: 'Tell us where to reply' }, { status: 400 });
  }
  return NextResponse.json({ message: `We will reply to ${email}` });
}
