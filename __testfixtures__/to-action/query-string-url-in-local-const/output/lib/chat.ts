export interface Message {
  id: string;
  content: string;
}

export async function saveMessage(input: { serverId: string | null; channelId: string | null; content: string }): Promise<Message> {
  return { id: crypto.randomUUID(), content: input.content };
}

export async function renameChannel(channelId: string, serverId: string | null, name: string) {
  return { id: channelId, serverId, name };
}
