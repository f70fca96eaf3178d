'use client';

import { useActionState } from 'react';
import { createFeedback } from '../actions/feedback';

export function FeedbackForm() {
  const [thanks, formAction, sending] = useActionState(send, '');

  async function send(prevState: string, formData: FormData) {
    let thanks = prevState;
    const { thanks: note } = await createFeedback(formData);
    thanks = `${note}!
We read every note.`;
    return thanks;
  }

  return (
    <form action={formAction}>
      <input name="name" />
      <button disabled={sending}>Send</button>
      <p>{thanks}</p>
    </form>
  );
}
