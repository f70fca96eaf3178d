'use client';

import * as React from 'react';
import { toast } from './toast';
import { createNewsletter } from './actions/newsletter';

export function Newsletter() {
  const [submitting, setSubmitting] = React.useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    try {
      const { subscribed } = await createNewsletter(new FormData(event.currentTarget));
      toast(subscribed ? 'Welcome aboard' : 'Something went wrong');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={onSubmit}>
      <input name="email" type="email" />
      <button disabled={submitting}>Join</button>
    </form>
  );
}
