'use client';

import { useFormState } from 'react-dom';
import { vote } from '../actions/forms';

export function Poll() {
  const [count, voteAction] = useFormState(vote, 0);
  return (
    <form action={voteAction}>
      <button name="choice" value="yes">Yes ({count ?? 0})</button>
    </form>
  );
}
