import { openai } from '@ai-sdk/openai';
import { streamText } from 'ai';
import { auth } from '@/lib/auth';

export async function POST(req: Request) {
  const session = await auth();
  if (!session) return new Response('Unauthorized', { status: 401 });
  const { messages } = await req.json();
  const result = streamText({ model: openai('gpt-4o'), messages });
  const response = result.toDataStreamResponse();
  return response;
}
