export async function POST(req: Request) {
  const { text } = await req.json();
  const upstream = await fetch('https://llm.example.com/v1/summarize', { method: 'POST', body: JSON.stringify({ text, stream: true }) });
  return new Response(upstream.body, { headers: { 'Content-Type': 'text/event-stream' } });
}
