'use client';

import { useState, type FormEvent } from 'react';
import { Feedback } from './feedback';

export function ChatBox() {
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [asked, setAsked] = useState('');
  const [streaming, setStreaming] = useState(false);

  async function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAnswer('');
    setAsked(question);
    setStreaming(true);
    const res = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question }),
    });
    if (!res.ok || !res.body) {
      setStreaming(false);
      setAnswer('Something went wrong, please try again.');
      return;
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      setAnswer((previous) => previous + decoder.decode(value, { stream: true }));
    }
    setStreaming(false);
  }

  return (
    <section>
      <form onSubmit={ask}>
        <label htmlFor="question">Question</label>
        <textarea id="question" rows={3} value={question} onChange={(event) => setQuestion(event.target.value)} />
        <button type="submit" disabled={streaming}>
          Ask
        </button>
      </form>
      {answer && (
        <p className="answer" aria-live="polite">
          {answer}
        </p>
      )}
      {answer && !streaming && <Feedback question={asked} />}
    </section>
  );
}
