import { draftAnswer } from '@/lib/answers';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function POST(request: Request) {
  const { question } = await request.json();
  if (typeof question !== 'string' || question.trim() === '') {
    return Response.json({ error: 'Ask a question first' }, { status: 400 });
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      for (const word of draftAnswer(question)) {
        controller.enqueue(encoder.encode(word));
        await sleep(20);
      }
      controller.close();
    },
  });

  return new Response(stream, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
