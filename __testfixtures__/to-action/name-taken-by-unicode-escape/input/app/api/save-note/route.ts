export async function POST(request: Request) {
  const { text } = (await request.json()) as { text: string };
  console.log('saved', text);
  return Response.json({ ok: true });
}
