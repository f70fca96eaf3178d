'use server';

import { addComment } from '@/lib/comments';

export async function createComment(id: string, formData: FormData): Promise<{ ok: boolean; status: number; data: any }> {
  const text = String(formData.get('text') ?? '').trim();
  if (!text) {
    return {
      ok: false,
      status: 400,
      data: { error: 'Write something first' }
    };
  }
  await addComment(id, text);
  return {
    ok: true,
    status: 200,
    data: { message: 'Comment posted' }
  };
}
