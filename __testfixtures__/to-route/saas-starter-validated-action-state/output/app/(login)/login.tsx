'use client';

import { useActionState } from 'react';
import { signIn, signUp } from './actions';
import type { ActionState } from '@/lib/auth/middleware';

export function Login({ mode = 'signin' }: { mode?: 'signin' | 'signup' }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(mode === 'signin' ? signIn : signUp, { error: '' });
  return (
    <form action={formAction}>
      <input name="email" type="email" defaultValue={state.email} required />
      <input name="password" type="password" required />
      {state?.error && <p>{state.error}</p>}
      <button type="submit" disabled={pending}>{mode === 'signin' ? 'Sign in' : 'Sign up'}</button>
    </form>
  );
}
