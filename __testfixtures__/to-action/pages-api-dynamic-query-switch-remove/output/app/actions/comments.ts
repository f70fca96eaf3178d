'use server';

import { comments } from '../../lib/comments';
import { headers } from 'next/headers';

export async function deleteComment(id: string) {
  comments.remove(id as string);
  return;
}

export async function updateComment(id: string, input: any): Promise<{ ok: boolean; status: number; data: any }> {
  const text = String(input.text ?? '').trim();
  if (!text) return {
    ok: false,
    status: 422,
    data: { error: 'Comment cannot be empty' }
  };
  const comment = comments.update(id as string, text, (await headers()).get('x-request-id'));
  return {
    ok: true,
    status: 200,
    data: comment
  };
}
