export async function POST(request: Request) {
  const { title } = await request.json();
  return Response.json(title.toLowerCase().split(' '));
}
