import { revalidatePath } from 'next/cache';

export async function PATCH(request: Request) {
  const { theme } = await request.json();
  revalidatePath('/settings');
  return Response.json({ theme });
}
