import { deleteSession } from '@/app/actions/session';

export async function DELETE() {
  const result = await deleteSession();
  if (result.status === 204) return new Response(null, { status: 204 });
  return new Response(result.data, { status: result.status });
}
