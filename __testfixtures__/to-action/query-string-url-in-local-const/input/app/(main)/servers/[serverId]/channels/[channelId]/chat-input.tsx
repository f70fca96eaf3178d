'use client';

import { useState } from 'react';
import axios from 'axios';
import qs from 'query-string';
import { useParams } from 'next/navigation';

export function ChatInput({ channelId, topic }: { channelId: string; topic?: string }) {
  const params = useParams();
  const [content, setContent] = useState('');

  async function send() {
    const url = qs.stringifyUrl({
      url: '/api/messages',
      query: { serverId: params?.serverId, channelId },
    });
    await axios.post(url, { content });
    setContent('');
  }

  async function rename(name: string) {
    const url = qs.stringifyUrl({ url: `/api/channels/${channelId}`, query: { serverId: params?.serverId, topic } });
    await axios.patch(url, { name });
  }

  return (
    <div>
      <input value={content} onChange={(e) => setContent(e.target.value)} />
      <button onClick={send}>Send</button>
      <button onClick={() => rename(content)}>Rename channel</button>
    </div>
  );
}
