import { NextResponse } from 'next/server';
import { z } from 'zod';
const Item = z.object({ name: z.string() });
/** Lists the items. */
export async function GET() {
  return NextResponse.json([]);
}
// Adds an item; the dashboard calls it.
export async function POST(request: Request) {
  const item = Item.parse(await request.json());
  return NextResponse.json(item, { status: 201 });
}
