import { db } from '@/lib/db';

export async function POST(req: Request) {
  const { title } = await req.json();
  const note = await db.note.create({ title });
  return Response.json(note, { status: 201 });
}
