'use client';

export function ContactButton({ email }: { email: string }) {
  async function send() {
    const formData = new FormData();
    formData.append('email', email);
    const response = await fetch('/api/contact', { method: 'POST', body: formData });
    const { sent } = await response.json();
    alert(sent ? 'Sent' : 'Not sent');
  }

  return <button onClick={send}>Contact</button>;
}
