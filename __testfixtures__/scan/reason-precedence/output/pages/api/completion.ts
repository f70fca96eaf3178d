import type { NextApiRequest, NextApiResponse } from 'next';
import { streamText } from 'ai';
import { openai } from '@ai-sdk/openai';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { prompt } = req.body;
  const result = streamText({ model: openai('gpt-4o'), prompt });
  result.pipeDataStreamToResponse(res);
}
