'use client';

import { createPing } from '../actions/ping';

export function PingForm() {
  return (
    <form
      action={async data => {
        const source = 'ping-form';
        data.set('source', source);
        await createPing(data);
      }}
    >
      <input name="note" />
      <button>Ping</button>
    </form>
  );
}
