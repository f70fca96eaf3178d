'use server';

import { db } from '@/lib/db';

export async function purgeNotes() {
  for (const note of db.notes) db.remove(note.id);
}
