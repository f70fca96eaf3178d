'use client';

import { useState } from 'react';
import { useParams } from 'next/navigation';
import { createMessage } from '@/app/actions/messages';
import { updateChannel } from '@/app/actions/channels';

export function ChatInput({ channelId, topic }: { channelId: string; topic?: string }) {
  const params = useParams();
  const [content, setContent] = useState('');

  async function send() {
    await createMessage({ content }, params?.serverId?.toString() ?? null, channelId);
    setContent('');
  }

  async function rename(name: string) {
    await updateChannel(channelId, { name }, params?.serverId?.toString() ?? null);
  }

  return (
    <div>
      <input value={content} onChange={(e) => setContent(e.target.value)} />
      <button onClick={send}>Send</button>
      <button onClick={() => rename(content)}>Rename channel</button>
    </div>
  );
}
