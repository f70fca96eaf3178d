'use server';

import { z } from 'zod';
import { createSafeAction } from '@/lib/create-safe-action';
import { createAction } from '@/lib/create-action';
import { withAudit } from '@/lib/with-audit';

const CreateBoard = z.object({
  title: z.string().min(3, { message: 'Title is too short' }),
});

type CreateBoardInput = z.infer<typeof CreateBoard>;

const handler = async (data: CreateBoardInput) => {
  const board = { id: crypto.randomUUID(), title: data.title };
  return { data: board };
};

export const createBoard = createSafeAction(CreateBoard, handler);

const DeleteBoard = z.object({ id: z.string().uuid() });

async function currentUserId(): Promise<string | null> {
  return null;
}

async function removeBoard(data: z.infer<typeof DeleteBoard>) {
  const userId = await currentUserId();
  if (!userId) throw new Error('Not authenticated');
  if (data.id === '00000000-0000-0000-0000-000000000000') return { error: 'Board not found' };
  return { data: { id: data.id } };
}

export const deleteBoard = createSafeAction(DeleteBoard, removeBoard);

export const renameBoard = createAction(async (input: { id: string; title: string }) => ({ id: input.id, title: input.title }));

export const archiveBoard = withAudit(async (id: string) => ({ archived: id }));
