import type { NextApiRequest, NextApiResponse } from 'next';
import formidable from 'formidable';

export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const form = formidable({ maxFileSize: 10 * 1024 * 1024 });
  const [, files] = await form.parse(req);
  res.status(200).json({ count: Object.keys(files).length });
}
