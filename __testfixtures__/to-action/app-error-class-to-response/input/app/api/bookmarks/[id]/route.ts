import { AppError, StoreError } from '@/lib/errors';
import { currentUserId } from '@/lib/session';
import { checkOwner, removeBookmark } from '@/lib/store';

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const userId = await currentUserId();
  if (!userId) return AppError.respond('unauthorized');

  const problem = await checkOwner(userId, id);
  if (problem) {
    return new AppError(
      problem,
      'Only the owner can remove a bookmark.',
    ).toResponse();
  }

  try {
    await removeBookmark(id);
  } catch (error) {
    if (error instanceof StoreError) return new AppError(error.kind).toResponse();
    throw error;
  }
  return Response.json({ removed: id });
}
