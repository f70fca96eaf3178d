import type { NextApiRequest, NextApiResponse } from 'next';
import { createDraft } from '@/app/actions/draft';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    return res.status(200).json(await createDraft(req.body));
  }
  res.status(405).end();
}
