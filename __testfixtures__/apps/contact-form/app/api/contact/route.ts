import { NextResponse } from 'next/server';
import { z } from 'zod';
import { saveInquiry } from '@/lib/inbox';

const inquirySchema = z.object({
  name: z.string().trim().min(1, 'Tell us your name'),
  email: z.string().trim().email('Enter a valid email address'),
  message: z.string().trim().min(10, 'Your message should be at least 10 characters'),
});

export async function POST(request: Request) {
  const formData = await request.formData();
  const name = formData.get('name');
  const email = formData.get('email');
  const message = formData.get('message');
  if (!name || !email || !message) {
    return NextResponse.json({ error: 'Please fill in every field' }, { status: 400 });
  }

  const parsed = inquirySchema.safeParse({ name, email, message });
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.issues[0].message }, { status: 422 });
  }

  const inquiry = await saveInquiry(parsed.data);
  return NextResponse.json({
    message: `Thanks, ${inquiry.name}! We will reply to ${inquiry.email} within one business day.`,
  });
}
