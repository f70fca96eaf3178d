'use server';

import { NextResponse } from 'next/server';
import { currentUserId } from '@/lib/session';
import { renameTag } from '@/lib/store';

function errorResponse(message: string, status = 400) {
  return NextResponse.json({ error: message }, { status });
}

export async function updateTag(input: { from: string; to: string }): Promise<{ ok: boolean; status: number; data: any }> {
  const userId = await currentUserId();
  if (!userId) return {
    ok: false,
    status: 401,
    data: await errorResponse('Sign in first.', 401).json()
  };
  const { from, to } = input;
  if (!to.trim()) return {
    ok: false,
    status: 400,
    data: await errorResponse('A tag needs a name.').json()
  };
  const changed = await renameTag(userId, from, to);
  return {
    ok: true,
    status: 200,
    data: { changed }
  };
}
