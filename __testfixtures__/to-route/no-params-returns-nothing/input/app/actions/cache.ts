'use server';

import { revalidateTag } from 'next/cache';

export async function refreshFeed() {
  revalidateTag('feed');
}
