'use server';

import { likes } from '@/lib/likes';

export async function createLike(input: { amount: number }) {
  const { amount } = input;
  return { likes: likes.add(amount) };
}
