import { AppError } from '@/lib/errors';
import { badRequest } from '@/lib/respond';
import { currentUserId } from '@/lib/session';
import { saveBookmark } from '@/lib/store';

export async function POST(request: Request) {
  const userId = await currentUserId();
  if (!userId) return new AppError('unauthorized').toResponse();

  const { url } = (await request.json()) as { url?: string };
  if (!url) {
    return badRequest('Paste a link to save it.');
  }

  const bookmark = await saveBookmark(userId, url);
  return Response.json(bookmark, { status: 201 });
}
