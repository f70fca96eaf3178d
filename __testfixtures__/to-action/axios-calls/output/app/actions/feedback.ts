'use server';

export async function createFeedback(formData: FormData) {
  const message = String(formData.get('message') ?? '');
  return { received: message.length };
}
