export async function DELETE() {
  return Response.json({ cleared: true });
}
