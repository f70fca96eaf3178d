import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    res.setHeader('Cache-Control', 'no-store');
    return res.status(200).json({ saved: req.body.text });
  }
  res.status(405).end();
}
