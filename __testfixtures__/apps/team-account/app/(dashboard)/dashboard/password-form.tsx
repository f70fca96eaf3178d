'use client';

import { useActionState } from 'react';
import { updatePassword } from '@/app/(login)/actions';
import type { ActionState } from '@/lib/auth/middleware';

export function PasswordForm() {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(updatePassword, {});

  return (
    <form action={formAction} noValidate>
      <p>
        <label htmlFor="current-password">Current password</label>
        <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" defaultValue={state.currentPassword} />
      </p>
      <p>
        <label htmlFor="new-password">New password</label>
        <input id="new-password" name="newPassword" type="password" autoComplete="new-password" defaultValue={state.newPassword} />
      </p>
      <p>
        <label htmlFor="confirm-password">Confirm new password</label>
        <input id="confirm-password" name="confirmPassword" type="password" autoComplete="new-password" defaultValue={state.confirmPassword} />
      </p>
      {state.error && <p role="alert">{state.error}</p>}
      {state.success && <p role="status">{state.success}</p>}
      <button type="submit" disabled={pending}>
        Update password
      </button>
    </form>
  );
}
