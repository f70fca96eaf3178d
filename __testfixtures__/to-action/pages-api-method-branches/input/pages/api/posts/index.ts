import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '../../../lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    return res.status(200).json(await db.list());
  } else if (req.method === 'POST') {
    const { title } = req.body;
    if (!title) {
      res.status(400).json({ error: 'Title is required' });
      return;
    }
    const post = await db.create(title, req.cookies.session);
    return res.status(201).json(post);
  }
  res.setHeader('Allow', ['GET', 'POST']);
  res.status(405).end();
}
