import type { NextApiRequest } from 'next';
import type { ResponseWithIo } from '@/types/socket';
import { editComment, removeComment } from '@/lib/comments';

export default async function handler(req: NextApiRequest, res: ResponseWithIo) {
  if (req.method !== 'PATCH' && req.method !== 'DELETE') {
    return res.status(405).json({ error: 'Method not allowed' });
  }
  try {
    const { commentId } = req.query;
    if (typeof commentId !== 'string') {
      return res.status(400).json({ error: 'commentId is required' });
    }
    let comment;
    if (req.method === 'PATCH') {
      comment = await editComment(commentId, req.body.text);
    }
    if (req.method === 'DELETE') {
      comment = await removeComment(commentId);
    }
    if (!comment) {
      return res.status(404).json({ error: 'Comment not found' });
    }
    res?.socket?.server?.io?.emit(`thread:${comment.threadId}:comments:update`, comment);
    return res.status(200).json(comment);
  } catch {
    return res.status(500).json({ error: 'Internal error' });
  }
}
