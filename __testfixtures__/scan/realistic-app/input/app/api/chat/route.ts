export async function POST(request: Request) {
  const { prompt } = await request.json();
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(`echo: ${prompt}`));
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });
}
