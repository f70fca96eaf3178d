import type { Server as HttpServer } from 'http';
import type { Socket } from 'net';
import type { NextApiResponse } from 'next';
import type { Server as IoServer } from 'socket.io';

export type ResponseWithIo = NextApiResponse & {
  socket: Socket & { server: HttpServer & { io: IoServer } };
};
