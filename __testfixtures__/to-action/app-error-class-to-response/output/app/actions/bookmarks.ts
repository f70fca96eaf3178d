'use server';

import { AppError, StoreError } from '@/lib/errors';
import { badRequest } from '@/lib/respond';
import { currentUserId } from '@/lib/session';
import { saveBookmark, checkOwner, removeBookmark } from '@/lib/store';

export async function createBookmark(input: { url?: string }): Promise<{ ok: boolean; status: number; data: any }> {
  const userId = await currentUserId();
  if (!userId) return {
    ok: false,
    status: 401,
    data: await new AppError('unauthorized').toResponse().json()
  };

  const { url } = input;
  if (!url) {
    return {
      ok: false,
      status: 400,
      data: await badRequest('Paste a link to save it.').json()
    };
  }

  const bookmark = await saveBookmark(userId, url);
  return {
    ok: true,
    status: 201,
    data: bookmark
  };
}

export async function deleteBookmark(id: string): Promise<{ ok: boolean; status: number; data: any }> {
  const userId = await currentUserId();
  if (!userId) return {
    ok: false,
    status: 401,
    data: await AppError.respond('unauthorized').json()
  };

  const problem = await checkOwner(userId, id);
  if (problem) {
    const response = new AppError(
      problem,
      'Only the owner can remove a bookmark.',
    ).toResponse();
    return {
      ok: response.ok,
      status: response.status,
      data: await response.json()
    };
  }

  try {
    await removeBookmark(id);
  } catch (error) {
    if (error instanceof StoreError) {
      const response = new AppError(error.kind).toResponse();
      return {
        ok: response.ok,
        status: response.status,
        data: await response.json()
      };
    }
    throw error;
  }
  return {
    ok: true,
    status: 200,
    data: { removed: id }
  };
}
