import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const formData = await request.formData();
  const email = formData.get('email');
  if (typeof email !== 'string' || !email.includes('@')) {
    return NextResponse.json({ error: 'Enter a valid email' }, { status: 422 });
  }
  return NextResponse.json({ message: `Thanks, ${email}` });
}
