'use server';

export async function createLike(input: { postId?: any }) {
  const { postId } = input;
  return { postId, liked: true };
}
