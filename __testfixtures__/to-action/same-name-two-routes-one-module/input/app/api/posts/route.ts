export async function POST(request: Request) {
  const { title } = await request.json();
  return Response.json({ id: 'p1', title });
}
