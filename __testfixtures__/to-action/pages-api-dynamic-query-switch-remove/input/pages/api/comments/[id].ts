import type { NextApiRequest, NextApiResponse } from 'next';
import { comments } from '../../../lib/comments';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { id } = req.query;
  switch (req.method) {
    case 'PATCH': {
      const text = String(req.body.text ?? '').trim();
      if (!text) return res.status(422).json({ error: 'Comment cannot be empty' });
      const comment = comments.update(id as string, text, req.headers['x-request-id']);
      return res.status(200).json(comment);
    }
    case 'DELETE':
      comments.remove(id as string);
      res.status(204).end();
      return;
    default:
      return res.status(405).json({ error: 'Method not allowed' });
  }
}
