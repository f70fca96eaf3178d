'use server';

import { renameChannel } from '@/lib/chat';

export async function updateChannel(channelId: string, input: { name?: any }, serverId: string | null) {
  const { name } = input;
  const channel = await renameChannel(channelId, serverId, name);
  return channel;
}
