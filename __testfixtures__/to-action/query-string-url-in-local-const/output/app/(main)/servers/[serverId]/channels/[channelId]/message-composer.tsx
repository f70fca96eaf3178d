'use client';

import { useState } from 'react';
import axios from 'axios';
import qs from 'query-string';

// Reused for channel messages and direct messages: the endpoint and its query come from the parent.
export function MessageComposer({ apiUrl, query }: { apiUrl: string; query: Record<string, string> }) {
  const [content, setContent] = useState('');

  async function send() {
    const url = qs.stringifyUrl({ url: apiUrl, query });
    await axios.post(url, { content });
    setContent('');
  }

  async function sendToChannel() {
    await axios.post(qs.stringifyUrl({ url: '/api/messages', query }), { content });
  }

  return (
    <div>
      <input value={content} onChange={(e) => setContent(e.target.value)} />
      <button onClick={send}>Send</button>
      <button onClick={sendToChannel}>Send to channel</button>
    </div>
  );
}
