import type { NextApiRequest, NextApiResponse } from 'next';
import { HttpMethod } from '@/lib/http';
import { db } from '@/lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case HttpMethod.POST: {
      const note = await db.note.create({ title: req.body.title });
      return res.status(201).json(note);
    }
    case HttpMethod.DELETE:
      return res.status(204).end();
    default:
      return res.status(405).end();
  }
}
