'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db';

const noteSchema = z.object({ title: z.string().min(1), body: z.string() });

export async function createNote(body: unknown): Promise<{ ok: boolean; status: number; data: any }> {
  const session = (await cookies()).get('session');
  if (!session) {
    return {
      ok: false,
      status: 401,
      data: { error: 'Unauthorized' }
    };
  }
  const parsed = noteSchema.safeParse(body);
  if (!parsed.success) {
    return {
      ok: false,
      status: 400,
      data: { error: 'Invalid note' }
    };
  }
  const note = db.create(parsed.data);
  revalidatePath('/');
  return {
    ok: true,
    status: 201,
    data: note
  };
}

export async function deleteNote(id: string) {
  db.remove(id);
  return { deleted: true };
}
