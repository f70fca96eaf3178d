export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { title } = await request.json();
  return Response.json({ id: `${id}-copy`, title });
}
