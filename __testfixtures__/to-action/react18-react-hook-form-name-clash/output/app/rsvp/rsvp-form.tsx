'use client';

import { useFormState } from 'react-hook-form';
import { Status } from './status';
import { createRsvp } from '../actions/rsvp';
import { useFormState as useReactDomFormState } from 'react-dom';

export function RsvpForm() {
  const [reply, formAction] = useReactDomFormState(handleSubmit, '');

  async function handleSubmit(prevState: string, formData: FormData) {
    let reply = prevState;
    const result = await createRsvp(formData);
    const body = result.data;
    reply = result.ok ? body.message : body.error;
    return reply;
  }

  return (
    <form action={formAction}>
      <input name="name" />
      <button>RSVP</button>
      <Status reply={reply} useFormState={useFormState} />
    </form>
  );
}
