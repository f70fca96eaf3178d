export async function POST(request: Request) {
  const form = await request.formData();
  const email = String(form.get('email') ?? '');
  if (!email.includes('@')) return Response.json({ error: 'That is not an email address' }, { status: 422 });
  return Response.json({ position: email.length });
}
