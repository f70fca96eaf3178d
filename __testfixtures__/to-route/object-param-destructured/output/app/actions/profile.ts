'use server';

import { z } from 'zod';

const Profile = z.object({ name: z.string().min(1), bio: z.string().max(280) });

export async function updateProfile({ name, bio }: { name: string; bio: string }) {
  const profile = Profile.parse({ name, bio });
  return { saved: true, profile };
}
