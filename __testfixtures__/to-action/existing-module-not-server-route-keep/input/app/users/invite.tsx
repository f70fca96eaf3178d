'use client';

export function Invite() {
  return (
    <button
      onClick={async () => {
        const user = await (await fetch('/api/users', { method: 'POST', body: JSON.stringify({ name: 'Grace' }) })).json();
        console.log(user.id);
      }}
    >
      Invite Grace
    </button>
  );
}
