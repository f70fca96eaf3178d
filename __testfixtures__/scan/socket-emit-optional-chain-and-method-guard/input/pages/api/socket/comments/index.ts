import type { NextApiRequest } from 'next';
import type { ResponseWithIo } from '@/types/socket';
import { addComment } from '@/lib/comments';

export default async function handler(req: NextApiRequest, res: ResponseWithIo) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: 'Method not allowed' });
  }
  const { threadId } = req.query;
  const { text } = req.body;
  if (typeof threadId !== 'string' || !text) {
    return res.status(400).json({ error: 'threadId and text are required' });
  }
  const comment = await addComment(threadId, text);
  // Every browser on the thread hears of it through the server's Socket.IO instance.
  res?.socket?.server?.io?.emit(`thread:${threadId}:comments`, comment);
  return res.status(201).json(comment);
}
