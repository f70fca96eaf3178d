'use client';

import { useActionState } from 'react';
import { subscribe } from '@/app/actions/newsletter';

export function NewsletterForm() {
  const [state, formAction, pending] = useActionState(subscribe, undefined);

  return (
    <form action={formAction} noValidate>
      <label htmlFor="newsletter-email">Email</label>{' '}
      <input id="newsletter-email" name="email" type="email" />{' '}
      <button type="submit" disabled={pending}>
        Subscribe
      </button>
      {state && <p role={state.status === 'error' ? 'alert' : 'status'}>{state.message}</p>}
    </form>
  );
}
