'use client';

import { useActionState } from 'react';
import { useFormState } from 'react-hook-form';
import { subscribe, schedule } from '../actions/forms';

const initialState = { status: 'idle', message: '' } as const;

function nextSlot() {
  return { at: new Date() };
}

export function SubscribeForm() {
  const [state, formAction] = useActionState(subscribe, initialState);
  const [slot, scheduleAction] = useActionState(schedule, nextSlot());
  void useFormState;
  return (
    <>
      <form action={formAction}>
        <input name="email" />
        <p>{state.message}</p>
      </form>
      <form action={scheduleAction}>
        <input name="at" defaultValue={slot.at.toISOString()} />
      </form>
    </>
  );
}
