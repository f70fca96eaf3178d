import OpenAI from 'openai';

const openai = new OpenAI();

export async function POST(req: Request) {
  const { threadId, assistantId } = await req.json();
  const stream = openai.beta.threads.runs.stream(threadId, { assistant_id: assistantId });
  return new Response(stream.toReadableStream());
}
