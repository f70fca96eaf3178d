import { NextResponse } from 'next/server';
import { updateChannel } from '@/app/actions/channels';

export async function PATCH(request: Request, { params }: { params: Promise<{ channelId: string }> }) {
  const { channelId } = await params;
  const { searchParams } = new URL(request.url);
  const serverId = searchParams.get('serverId');
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updateChannel(channelId, input, serverId);
  return NextResponse.json(result);
}
