'use client';

import { useState } from 'react';
import { createFeedback } from '../actions/feedback';

// The handler declares its own `thanks`: turned into action state, it would clash with the state's.
export function ShadowForm() {
  const [thanks, setThanks] = useState('');

  async function send(formData: FormData) {
    const { thanks } = await createFeedback(formData);
    setThanks(thanks);
  }

  return (
    <form action={send}>
      <input name="name" />
      <p>{thanks}</p>
    </form>
  );
}
