import { NextResponse } from 'next/server';
import { createItem } from '../../actions/items';
/** Lists the items. */
export async function GET() {
  return NextResponse.json([]);
}
// Adds an item; the dashboard calls it.
export async function POST(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createItem(input);
  return NextResponse.json(result, { status: 201 });
}
