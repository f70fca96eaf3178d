import { NextResponse } from 'next/server';
import { saveMessage } from '@/lib/chat';

export async function POST(req: Request) {
  const { searchParams } = new URL(req.url);
  const serverId = searchParams.get('serverId');
  const channelId = searchParams.get('channelId');
  const { content } = await req.json();
  const message = await saveMessage({ serverId, channelId, content });
  return NextResponse.json(message);
}
