export async function POST(request: Request) {
  const form = await request.formData();
  return Response.json({ thanks: `Thanks, ${form.get('name')}` });
}
