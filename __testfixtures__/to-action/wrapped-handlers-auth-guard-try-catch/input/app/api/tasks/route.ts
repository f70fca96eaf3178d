import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

function withErrorHandling(handler: (req: Request) => Promise<Response>) {
  return async function (req: Request) {
    try {
      return await handler(req);
    } catch (error) {
      console.error('[TASKS]', error);
      return new NextResponse('Internal error', { status: 500 });
    }
  };
}

export const POST = withErrorHandling(async (req) => {
  const { title } = await req.json();
  if (!title) return new NextResponse('Title is required', { status: 400 });
  const task = await db.task.create({ data: { title } });
  return NextResponse.json(task);
});
