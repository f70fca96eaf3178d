'use client';

import { updateAccount } from '@/app/(login)/actions';

// The settings form posts without useActionState: the route takes the state from the type.
export default function SettingsPage() {
  return (
    <form action={async (formData) => void (await updateAccount({}, formData))}>
      <input name="name" />
      <input name="email" type="email" />
      <button type="submit">Save</button>
    </form>
  );
}
