'use server';

export async function createDraft(input: any) {
  return { saved: input.text };
}
