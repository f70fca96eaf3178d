import { NextResponse } from 'next/server';
import { createMessage } from '@/app/actions/messages';

export async function POST(request: Request) {
  const { searchParams } = new URL(request.url);
  const serverId = searchParams.get('serverId');
  const channelId = searchParams.get('channelId');
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createMessage(input, serverId, channelId);
  return NextResponse.json(result);
}
