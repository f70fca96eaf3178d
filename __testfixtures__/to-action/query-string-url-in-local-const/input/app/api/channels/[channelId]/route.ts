import { NextRequest, NextResponse } from 'next/server';
import { renameChannel } from '@/lib/chat';

export async function PATCH(req: NextRequest, { params }: { params: Promise<{ channelId: string }> }) {
  const { channelId } = await params;
  const serverId = req.nextUrl.searchParams.get('serverId');
  const { name } = await req.json();
  const channel = await renameChannel(channelId, serverId, name);
  return NextResponse.json(channel);
}
