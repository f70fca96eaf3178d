'use client';

import { useRouter } from 'next/navigation';

export function AvatarForm() {
  const router = useRouter();

  const upload = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const res = await fetch('/api/avatar', { method: 'POST', body: new FormData(e.currentTarget) });
    if (res.ok) {
      e.currentTarget.reset();
      router.refresh();
    }
  };

  return (
    <form onSubmit={upload}>
      <input type="file" name="avatar" accept="image/*" />
      <button>Upload</button>
    </form>
  );
}
