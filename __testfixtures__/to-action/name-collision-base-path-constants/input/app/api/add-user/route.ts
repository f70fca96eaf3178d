import { NextResponse } from 'next/server';
import { saveUser } from '../../../lib/users';

export async function POST(request: Request) {
  const user = (await request.json()) as { name: string; email: string };
  const saved = await saveUser(user);
  return NextResponse.json(saved);
}
