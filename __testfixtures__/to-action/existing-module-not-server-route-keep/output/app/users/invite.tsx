'use client';

import { createUser } from '../actions/users-actions';

export function Invite() {
  return (
    <button
      onClick={async () => {
        const user = await createUser({ name: 'Grace' });
        console.log(user.id);
      }}
    >
      Invite Grace
    </button>
  );
}
