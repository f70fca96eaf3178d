'use server';

export async function createAvatar(formData: FormData) {
  const file = formData.get('avatar');
  return { name: file instanceof File ? file.name : 'none' };
}
