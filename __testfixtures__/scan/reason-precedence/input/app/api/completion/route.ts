import { createTextStreamResponse, streamText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function POST(req: Request) {
  const { prompt } = await req.json();
  const result = streamText({ model: openai('gpt-4o-mini'), prompt });
  return createTextStreamResponse({ textStream: result.textStream });
}
