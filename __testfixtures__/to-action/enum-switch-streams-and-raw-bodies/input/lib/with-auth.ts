import { auth } from './auth';

export function withAuth(handler: (req: Request) => Promise<Response>, options: { role: string }) {
  return async (req: Request) => {
    const session = await auth();
    if (!session || session.role !== options.role) return new Response('Forbidden', { status: 403 });
    return handler(req);
  };
}
