import { withAuth } from '@/lib/with-auth';
import { db } from '@/lib/db';

// Nothing inside says more than the wrapper: it stays for the wrapper.
export const POST = withAuth(
  async (req: Request) => {
    const { name } = await req.json();
    await db.profile.update({ name });
    return Response.json({ ok: true });
  },
  { role: 'member' },
);
