'use server';

export async function deleteHistory() {
  return { cleared: true };
}
