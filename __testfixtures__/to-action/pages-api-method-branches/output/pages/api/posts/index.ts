import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '../../../lib/db';
import { createPost } from '../../../app/actions/posts';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    return res.status(200).json(await db.list());
  } else if (req.method === 'POST') {
    const result = await createPost(req.body);
    return res.status(result.status).json(result.data);
  }
  res.setHeader('Allow', ['GET', 'POST']);
  res.status(405).end();
}
