import { streamText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { withAuth } from '@/lib/with-auth';

export const POST = withAuth(
  async (req: Request) => {
    const { prompt } = await req.json();
    return streamText({ model: openai('gpt-4o'), prompt }).toUIMessageStreamResponse();
  },
  { role: 'member' },
);
