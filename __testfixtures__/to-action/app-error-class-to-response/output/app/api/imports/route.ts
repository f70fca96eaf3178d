import { AppError } from '@/lib/errors';
import { currentUserId } from '@/lib/session';
import { saveBookmark } from '@/lib/store';

export async function POST(request: Request) {
  const userId = await currentUserId();
  if (!userId) return new AppError('unauthorized').toResponse();
  try {
    const { urls } = (await request.json()) as { urls: string[] };
    for (const url of urls) await saveBookmark(userId, url);
    return Response.json({ imported: urls.length });
  } catch (error) {
    return AppError.describe(error);
  }
}
