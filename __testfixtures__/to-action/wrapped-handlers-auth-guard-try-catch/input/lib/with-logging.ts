import type { NextRequest } from 'next/server';

export const withLogging = (handler: (req: NextRequest) => Promise<Response>) => async (req: NextRequest) => {
  console.log(`[api] ${req.method}`);
  return handler(req);
};
