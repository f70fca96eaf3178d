export async function POST(request: Request) {
  const item = await request.json();
  if (!item.name) {
    return new Response(JSON.stringify({ error: 'Name is required' }), {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
    });
  }
  return Response.json({ id: 1, ...item }, { status: 201 });
}
