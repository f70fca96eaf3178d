export async function POST(request: Request) {
  const { email } = await request.json();
  return Response.json({ subscribed: String(email) });
}
