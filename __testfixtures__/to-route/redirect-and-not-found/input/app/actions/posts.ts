'use server';

import { notFound, redirect } from 'next/navigation';
import { findPost } from '../lib/posts';

export async function openPost(slug: string) {
  if (typeof slug !== 'string') notFound();
  const post = await findPost(slug);
  if (!post) notFound();
  redirect(`/posts/${post.id}`);
}
