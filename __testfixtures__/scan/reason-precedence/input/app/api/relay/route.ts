export async function POST(req: Request) {
  const { question } = await req.json();
  const { readable, writable } = new TransformStream();
  const writer = writable.getWriter();
  void writer.write(new TextEncoder().encode(question));
  void writer.close();
  return new Response(readable);
}
