import { NextResponse, type NextRequest } from 'next/server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db';

const noteSchema = z.object({ title: z.string().min(1), body: z.string() });

export async function GET() {
  return NextResponse.json(db.notes);
}

export async function POST(request: NextRequest) {
  const session = request.cookies.get('session');
  if (!session) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const body = await request.json();
  const parsed = noteSchema.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json({ error: 'Invalid note' }, { status: 400 });
  }
  const note = db.create(parsed.data);
  revalidatePath('/');
  return NextResponse.json(note, { status: 201 });
}
