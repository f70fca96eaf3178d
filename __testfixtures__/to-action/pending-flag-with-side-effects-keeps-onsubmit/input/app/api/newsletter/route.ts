export async function POST(request: Request) {
  const form = await request.formData();
  const email = form.get('email');
  return Response.json({ subscribed: Boolean(email) });
}
