import { NextResponse } from 'next/server';
import { z } from 'zod';
import { addSubscriber } from '@/lib/inbox';

const signupSchema = z.object({ email: z.string().trim().toLowerCase().email() });

export async function POST(request: Request) {
  const body = await request.json();
  const parsed = signupSchema.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json({ error: 'That does not look like an email address' }, { status: 400 });
  }
  await addSubscriber(parsed.data.email);
  return NextResponse.json({ email: parsed.data.email });
}
