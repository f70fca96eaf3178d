'use client';

import { useActionState } from 'react';
import { renameProfile } from '@/app/actions/workspace';

export default function ProfilePage() {
  const [state, formAction, pending] = useActionState(renameProfile, { data: { current: 'guest' } });
  return (
    <form action={formAction}>
      <p>Now: {state.data?.current}</p>
      <input name="displayName" />
      <button disabled={pending}>Rename</button>
    </form>
  );
}
