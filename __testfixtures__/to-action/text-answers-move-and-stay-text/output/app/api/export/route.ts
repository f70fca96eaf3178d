import { memberships } from '@/lib/store';

export async function POST() {
  const file = await memberships.exportCsv();
  return new Response(file);
}
