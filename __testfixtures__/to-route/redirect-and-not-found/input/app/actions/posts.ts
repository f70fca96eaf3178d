'use server';

import { notFound, redirect } from 'next/navigation';

export async function openPost(slug: string) {
  if (typeof slug !== 'string') notFound();
  redirect(`/posts/${slug}`);
}
