import type { NextApiRequest } from 'next';
import { Server } from 'socket.io';

export const config = { api: { bodyParser: false } };

export default function handler(req: NextApiRequest, res: any) {
  if (!res.socket.server.io) {
    const io = new Server(res.socket.server, { path: '/api/socket_io', addTrailingSlash: false });
    res.socket.server.io = io;
  }
  res.end();
}
