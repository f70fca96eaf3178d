import { NextResponse } from 'next/server';
import { updateSession } from '../../actions/session';

const THEMES = ['light', 'dark'] as const;
// Not used by the handler: the author's own, it stays.
const LEGACY_MAX_AGE = 60 * 60 * 24 * 28;

export async function GET() {
  return NextResponse.json({ themes: THEMES });
}

export async function PUT(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updateSession(input);
  return NextResponse.json(result.data, { status: result.status });
}
