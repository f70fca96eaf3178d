import { NextResponse } from 'next/server';
import { addUser } from '../../actions/add-user';

export async function POST(request: Request) {
  let user;
  try {
    user = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await addUser(user);
  return NextResponse.json(result);
}
