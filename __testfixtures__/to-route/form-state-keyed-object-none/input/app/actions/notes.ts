'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';

const noteSchema = z.object({ title: z.string().min(1) });

export type NoteState = { message: string };

export async function createNote(prevState: NoteState | undefined, formData: FormData): Promise<NoteState> {
  const parsed = noteSchema.safeParse({ title: formData.get('title') });
  if (!parsed.success) return { message: 'Title is required' };
  revalidatePath('/');
  return { message: `Created ${parsed.data.title}` };
}

export async function renameNote(id: string, title: string) {
  revalidatePath('/');
  return { id, title };
}

export const archiveNote = async (note: { id: string }) => {
  return { archived: note.id };
};

export async function clearNotes() {
  revalidatePath('/');
}
