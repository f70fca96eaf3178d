export async function POST() {
  return Response.json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': '*' } });
}
