import { useState } from 'react';

export function FeedbackButton() {
  const [thanks, setThanks] = useState(false);
  async function send() {
    const res = await fetch('/api/feedback', { method: 'POST', body: JSON.stringify({ rating: 5 }) });
    const data = await res.json();
    setThanks(data.thanks);
  }
  return <button onClick={send}>{thanks ? 'Thanks!' : 'Rate 5'}</button>;
}
