'use client';

import { sendContact } from '@/app/actions/contact';

export function ContactButton({ email }: { email: string }) {
  async function send() {
    const formData = new FormData();
    formData.append('email', email);
    const { sent } = await sendContact(formData);
    alert(sent ? 'Sent' : 'Not sent');
  }

  return <button onClick={send}>Contact</button>;
}
