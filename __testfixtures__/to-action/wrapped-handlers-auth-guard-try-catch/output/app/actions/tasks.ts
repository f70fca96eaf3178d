'use server';

import { db } from '@/lib/db';

export async function createTask(input: { title?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  try {
    const { title } = input;
    if (!title) return {
      ok: false,
      status: 400,
      data: 'Title is required'
    };
    const task = await db.task.create({ data: { title } });
    return {
      ok: true,
      status: 200,
      data: task
    };
  } catch (error) {
    console.error('[TASKS]', error);
    return {
      ok: false,
      status: 500,
      data: 'Internal error'
    };
  }
}
