import type { NextApiRequest, NextApiResponse } from 'next';

export async function sessionFrom(req: NextApiRequest, res: NextApiResponse): Promise<{ userId: string } | null> {
  const token = req.cookies.session;
  if (!token) {
    res.setHeader('Set-Cookie', 'session=; Max-Age=0; Path=/');
    return null;
  }
  return { userId: token };
}

export function signChannel(socketId: string, channel: string, userId: string): { auth: string } {
  return { auth: `${socketId}:${channel}:${userId}` };
}
