'use server';

import * as v from 'valibot';
import { z } from 'zod';
import { auth, isAdmin } from '../../lib/auth';
import { db } from '../../lib/db';

const Profile = z.object({ name: z.string().min(1), bio: z.string().max(280) });

// Validated: a schema parse, a valibot parse, type checks of the input's own values.
export async function updateProfile(input: { name: string; bio: string }) {
  const profile = Profile.parse(input);
  await db.save('profile', profile);
  return { saved: true };
}

export async function subscribe(email: string) {
  const address = v.parse(v.pipe(v.string(), v.email()), email);
  await db.save('subscriber', { address });
  return { subscribed: true };
}

export async function addTags(tags: string[]) {
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) return { error: 'Tags must be strings' };
  await db.save('tags', tags);
  return { count: tags.length };
}

// Not validated: nothing below checks what the caller sent.
export async function saveSettings(settings: { theme: string; locale: string }) {
  const copy = JSON.parse(JSON.stringify(settings));
  try {
    await db.save('settings', copy);
    return { saved: true };
  } catch (error) {
    if (error instanceof Error) return { error: error.message };
    return { error: 'Could not save' };
  }
}

export async function trackVisit(page: string) {
  if (typeof window !== 'undefined') throw new Error('server only');
  await db.save('visit', { page, at: Date.now() });
}

export async function deleteComment(commentId: string) {
  const session = await auth();
  if (!isAdmin(session.user)) return { error: 'Forbidden' };
  await db.remove('comment', commentId);
  return { deleted: commentId };
}
