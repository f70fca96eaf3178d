'use server';

import { posts } from '@/lib/posts';

export async function deletePost(postId: string): Promise<{ ok: boolean; status: number; data: any }> {
  const removed = await posts.remove(postId);
  if (!removed) {
    return {
      ok: false,
      status: 404,
      data: null
    };
  }
  return {
    ok: true,
    status: 204,
    data: null
  };
}

export async function updatePost(postId: string, input: { title?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { title } = input;
  if (!title) {
    return {
      ok: false,
      status: 422,
      data: { error: 'A title is required' }
    };
  }
  const post = await posts.update(postId, title);
  return {
    ok: true,
    status: 200,
    data: post
  };
}
