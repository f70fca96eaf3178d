'use server';

import { revalidatePath } from 'next/cache';

export async function resetSettings() {
  revalidatePath('/settings');
}

export async function updateSetting(input: { theme?: any }) {
  const { theme } = input;
  revalidatePath('/settings');
  return { theme };
}
