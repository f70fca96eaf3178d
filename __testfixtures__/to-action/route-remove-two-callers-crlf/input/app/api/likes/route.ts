export async function POST(request: Request) {
  const { postId } = await request.json();
  return Response.json({ postId, liked: true });
}
