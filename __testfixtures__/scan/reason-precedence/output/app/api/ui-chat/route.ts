import { createDataStreamResponse, streamText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function POST(req: Request) {
  const { messages } = await req.json();
  if (!Array.isArray(messages)) return Response.json({ error: 'messages required' }, { status: 400 });
  return createDataStreamResponse({
    execute: (dataStream) => {
      streamText({ model: openai('gpt-4o'), messages }).mergeIntoDataStream(dataStream);
    },
  });
}
