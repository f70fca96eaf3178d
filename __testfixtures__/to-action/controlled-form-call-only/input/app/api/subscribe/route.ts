import { NextResponse } from 'next/server';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export async function POST(request: Request) {
  const { email } = await request.json();
  if (!EMAIL.test(email)) {
    return NextResponse.json({ error: 'That does not look like an email address' }, { status: 400 });
  }
  return NextResponse.json({ subscribed: true });
}
