import { NextResponse } from 'next/server';

async function vote(request) {
  const { pollId, option } = await request.json();
  return NextResponse.json({ pollId, option, total: 1 });
}

export { vote as POST };
