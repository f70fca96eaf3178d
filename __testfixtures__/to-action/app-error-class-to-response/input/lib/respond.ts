export function badRequest(message: string) {
  return Response.json({ code: 'bad_request', message }, { status: 400 });
}
