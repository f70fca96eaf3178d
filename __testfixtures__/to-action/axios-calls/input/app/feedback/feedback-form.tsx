'use client';

import { useState, type FormEvent } from 'react';
import axios from 'axios';

export function FeedbackForm() {
  const [status, setStatus] = useState('');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { data } = await axios.post('/api/feedback', new FormData(event.currentTarget));
    setStatus(`Thanks! We read ${data.received} characters.`);
  }

  return (
    <form onSubmit={handleSubmit}>
      <textarea name="message" />
      <button type="submit">Send</button>
      <p>{status}</p>
    </form>
  );
}
