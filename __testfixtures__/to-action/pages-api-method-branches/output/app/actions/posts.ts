'use server';

import { cookies } from 'next/headers';
import { db } from '../../lib/db';

export async function createPost(input: { title?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { title } = input;
  if (!title) {
    return {
      ok: false,
      status: 400,
      data: { error: 'Title is required' }
    };
  }
  const post = await db.create(title, (await cookies()).get('session')?.value);
  return {
    ok: true,
    status: 201,
    data: post
  };
}
