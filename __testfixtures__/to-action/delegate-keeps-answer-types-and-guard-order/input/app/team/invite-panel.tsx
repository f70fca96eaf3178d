'use client';

import { useState } from 'react';

export function InvitePanel({ invited }: { invited: Array<{ id: string; email: string }> }) {
  const [email, setEmail] = useState('');
  const [notice, setNotice] = useState('');

  async function invite() {
    const res = await fetch('/api/invites', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    setNotice(res.ok ? `Invited ${email}` : 'The invite was not sent');
  }

  async function revoke(id: string) {
    const res = await fetch(`/api/invites/${id}`, { method: 'DELETE' });
    if (!res.ok) setNotice('Could not revoke the invite');
  }

  async function resend(id: string) {
    await fetch('/api/invites/resend', { method: 'POST', body: JSON.stringify({ inviteId: id }) });
  }

  return (
    <section>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      <button onClick={invite}>Invite</button>
      <p>{notice}</p>
      <ul>
        {invited.map((i) => (
          <li key={i.id}>
            {i.email}
            <button onClick={() => revoke(i.id)}>Revoke</button>
            <button onClick={() => resend(i.id)}>Resend</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
