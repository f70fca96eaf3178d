import { NextResponse } from 'next/server';
import { createVote } from '../../actions/votes';

async function vote(request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await createVote(input);
  return NextResponse.json(result);
}

export { vote as POST };
