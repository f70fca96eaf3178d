'use server';

export async function unusedInPages() {
  return 1;
}
