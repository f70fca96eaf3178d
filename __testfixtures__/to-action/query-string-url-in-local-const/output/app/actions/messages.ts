'use server';

import { saveMessage } from '@/lib/chat';

export async function createMessage(input: { content?: any }, serverId: string | null, channelId: string | null) {
  const { content } = input;
  const message = await saveMessage({ serverId, channelId, content });
  return message;
}
