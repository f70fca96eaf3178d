'use server';

import { saveDraft } from '@/lib/docs';

export async function updateDoc(slug: string[], input: { content?: any }, version: string | null) {
  const { content } = input;
  const doc = await saveDraft(slug.join('/'), content, version);
  return doc;
}
