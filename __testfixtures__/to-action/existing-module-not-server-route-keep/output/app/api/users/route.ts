export async function POST(request: Request) {
  const { name } = await request.json();
  return Response.json({ id: crypto.randomUUID(), name }, { status: 201 });
}
