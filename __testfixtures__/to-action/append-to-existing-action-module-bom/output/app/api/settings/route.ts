import { NextResponse } from 'next/server';
import { updateSetting } from '../../actions/settings';

export async function PATCH(request: Request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updateSetting(input);
  return NextResponse.json(result);
}
