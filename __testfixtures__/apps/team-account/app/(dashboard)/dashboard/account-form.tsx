'use client';

import { useActionState } from 'react';
import { updateAccount } from '@/app/(login)/actions';
import type { ActionState } from '@/lib/auth/middleware';

export function AccountForm({ name, email }: { name: string; email: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(updateAccount, {});

  return (
    <form action={formAction} noValidate>
      <p>
        <label htmlFor="account-name">Name</label>
        <input id="account-name" name="name" defaultValue={state.name ?? name} />
      </p>
      <p>
        <label htmlFor="account-email">Email</label>
        <input id="account-email" name="email" type="email" defaultValue={state.email ?? email} />
      </p>
      {state.error && <p role="alert">{state.error}</p>}
      {state.success && <p role="status">{state.success}</p>}
      <button type="submit" disabled={pending}>
        Save changes
      </button>
    </form>
  );
}
