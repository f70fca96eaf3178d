import { NextResponse } from 'next/server';
import { currentUserId } from '@/lib/session';
import { renameTag } from '@/lib/store';

function errorResponse(message: string, status = 400) {
  return NextResponse.json({ error: message }, { status });
}

export async function PATCH(request: Request) {
  const userId = await currentUserId();
  if (!userId) return errorResponse('Sign in first.', 401);
  const { from, to } = (await request.json()) as { from: string; to: string };
  if (!to.trim()) return errorResponse('A tag needs a name.');
  const changed = await renameTag(userId, from, to);
  return NextResponse.json({ changed });
}
