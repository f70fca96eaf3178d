'use server';

import { revalidatePath } from 'next/cache';

export async function resetSettings() {
  revalidatePath('/settings');
}
