'use server';

export async function renameNote(id: string, title: string) {
  if (typeof title !== 'string' || !title.trim()) throw new Error('Title required');
  return { id, title };
}

export async function saveNote(prevState: { message: string } | undefined, formData: FormData) {
  return { message: `Saved ${formData.get('title')}` };
}
