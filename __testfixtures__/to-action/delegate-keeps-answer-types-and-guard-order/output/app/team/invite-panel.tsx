'use client';

import { useState } from 'react';
import { createInvite, deleteInvite } from '@/app/actions/invites';
import { createResend } from '@/app/actions/invites-resend';

export function InvitePanel({ invited }: { invited: Array<{ id: string; email: string }> }) {
  const [email, setEmail] = useState('');
  const [notice, setNotice] = useState('');

  async function invite() {
    const result = await createInvite({ email });
    setNotice(result.ok ? `Invited ${email}` : 'The invite was not sent');
  }

  async function revoke(id: string) {
    const result = await deleteInvite(id);
    if (!result.ok) setNotice('Could not revoke the invite');
  }

  async function resend(id: string) {
    await createResend({ inviteId: id });
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
