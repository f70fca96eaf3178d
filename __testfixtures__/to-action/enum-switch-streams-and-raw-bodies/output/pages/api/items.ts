import type { NextApiRequest, NextApiResponse } from 'next';
import { HttpMethod } from '@/lib/http';
import { createItem } from '@/app/actions/items';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case HttpMethod.POST: {
      return res.status(201).json(await createItem(req.body));
    }
    case HttpMethod.DELETE:
      return res.status(204).end();
    default:
      return res.status(405).end();
  }
}
