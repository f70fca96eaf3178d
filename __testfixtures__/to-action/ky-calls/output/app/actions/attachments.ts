'use server';

export async function createAttachment(formData: FormData) {
  const file = formData.get('file');
  return { name: file instanceof File ? file.name : 'none' };
}
