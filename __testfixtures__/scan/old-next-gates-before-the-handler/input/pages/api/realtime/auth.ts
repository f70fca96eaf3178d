import type { NextApiRequest, NextApiResponse } from 'next';
import { sessionFrom, signChannel } from '@/lib/session';

// The realtime client library posts here to join a private channel.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await sessionFrom(req, res);
  if (!session) return res.status(401).end();
  return res.send(signChannel(req.body.socket_id, req.body.channel_name, session.userId));
}
