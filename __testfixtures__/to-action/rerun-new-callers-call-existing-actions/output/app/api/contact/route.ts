import { NextResponse } from 'next/server';
import { sendContact } from '@/app/actions/contact';

// Written by hand: reads the form and answers what the action returns.
export async function POST(request: Request) {
  const formData = await request.formData();
  const result = await sendContact(formData);
  return NextResponse.json(result);
}
