import { db } from '../../../../lib/db';

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  db.remove(id);
  return Response.json({ deleted: true });
}
