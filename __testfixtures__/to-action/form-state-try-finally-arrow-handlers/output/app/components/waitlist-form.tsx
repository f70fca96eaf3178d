'use client';

import { useActionState } from 'react';
import { createWaitlist } from '../actions/waitlist';

export function WaitlistForm() {
  const join = async (prevState: { position: number | null; error: string }, data: FormData) => {
    let { position, error } = prevState;
    try {
      const result = await createWaitlist(data);
      const body = result.data;
      if (!result.ok) {
        error = body.error;
        return { position, error };
      }
      position = body.position;
    } catch {
      error = 'The waitlist is not answering';
    }
    return { position, error };
  };

  const [{ position, error }, formAction, joining] = useActionState(join, { position: null, error: '' });

  return (
    <form action={formAction}>
      <input name="email" type="email" />
      <button disabled={joining}>{joining ? 'Joining…' : 'Join'}</button>
      {position !== null && <p>You are number {position}</p>}
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
