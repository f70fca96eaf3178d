'use client';

import { useActionState } from 'react';
import { createFeedback } from '@/app/actions/feedback';

export function FeedbackForm() {
  const [status, formAction] = useActionState(handleSubmit, '');

  async function handleSubmit(prevState: string, formData: FormData) {
    let status = prevState;
    const data = await createFeedback(formData);
    status = `Thanks! We read ${data.received} characters.`;
    return status;
  }

  return (
    <form action={formAction}>
      <textarea name="message" />
      <button type="submit">Send</button>
      <p>{status}</p>
    </form>
  );
}
