'use client';

import { useActionState } from 'react';
import { deleteAccount } from '@/app/(login)/actions';
import type { ActionState } from '@/lib/auth/middleware';

export function DeleteAccountForm() {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(deleteAccount, {});

  return (
    <form action={formAction} noValidate>
      <p>
        <label htmlFor="delete-password">Password to confirm</label>
        <input id="delete-password" name="password" type="password" autoComplete="current-password" defaultValue={state.password} />
      </p>
      {state.error && <p role="alert">{state.error}</p>}
      <button type="submit" disabled={pending}>
        Delete account
      </button>
    </form>
  );
}
