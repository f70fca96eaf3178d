import { OpenAIStream, StreamingTextResponse } from 'ai';
import OpenAI from 'openai';

const openai = new OpenAI();

export async function POST(req: Request) {
  const { messages } = await req.json();
  const response = await openai.chat.completions.create({ model: 'gpt-4', stream: true, messages });
  return new StreamingTextResponse(OpenAIStream(response));
}
