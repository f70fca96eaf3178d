export async function POST() {
  return Response.json({ ok: true }, { headers: { 'Set-Cookie': 'session=1; Path=/; HttpOnly' } });
}
