'use client';

import * as React from 'react';
import { toast } from './toast';

export function Newsletter() {
  const [submitting, setSubmitting] = React.useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    try {
      const response = await fetch('/api/newsletter', { method: 'POST', body: new FormData(event.currentTarget) });
      const { subscribed } = await response.json();
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
