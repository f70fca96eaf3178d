'use server';

import { db } from '@/lib/db';

export async function createItem(input: any) {
  const note = await db.note.create({ title: input.title });
  return note;
}
