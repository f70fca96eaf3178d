export async function POST(request: Request) {
  const { title, body, tags } = await request.json();
  if (!title) return Response.json({ error: 'A note needs a title' }, { status: 422 });
  return Response.json({ id: `n_${title}`, title, body, tags });
}
