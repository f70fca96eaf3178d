export async function POST(request: Request) {
  const form = await request.formData();
  console.log('ping', form.get('note'));
  return new Response(null, { status: 204 });
}
