'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { signIn, signUp } from './actions';
import type { ActionState } from '@/lib/auth/middleware';

export function Login({ mode = 'signin' }: { mode?: 'signin' | 'signup' }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(mode === 'signin' ? signIn : signUp, { error: '' });

  return (
    <main>
      <h1>{mode === 'signin' ? 'Sign in to your account' : 'Create your account'}</h1>
      <form action={formAction} noValidate>
        <p>
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" autoComplete="email" defaultValue={state.email} />
        </p>
        <p>
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete={mode === 'signin' ? 'current-password' : 'new-password'} defaultValue={state.password} />
        </p>
        {state.error && <p role="alert">{state.error}</p>}
        <button type="submit" disabled={pending}>
          {mode === 'signin' ? 'Sign in' : 'Create account'}
        </button>
      </form>
      <p>
        {mode === 'signin' ? <Link href="/sign-up">Create an account</Link> : <Link href="/sign-in">Sign in instead</Link>}
      </p>
    </main>
  );
}
