'use server';

export async function updateFeed(input: { topics?: any }) {
  const { topics } = input;
  if (!Array.isArray(topics)) return { saved: false };
  return { saved: true };
}
