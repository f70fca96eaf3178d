'use client';

import { useRouter } from 'next/navigation';
import { createAvatar } from '@/app/actions/avatar';

export function AvatarForm() {
  const router = useRouter();

  const upload = async (formData: FormData) => {
    const result = await createAvatar(formData);
    if (result.ok) {
      router.refresh();
    }
  };

  return (
    <form action={upload}>
      <input type="file" name="avatar" accept="image/*" />
      <button>Upload</button>
    </form>
  );
}
