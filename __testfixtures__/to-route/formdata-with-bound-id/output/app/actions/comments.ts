'use server';

export async function addComment(postId: string, formData: FormData) {
  return { postId, text: formData.get('text') };
}

export async function addReaction(formData: FormData) {
  const emoji = formData.get('emoji');
  if (typeof emoji !== 'string') return { error: 'Pick an emoji' };
  return { emoji };
}
