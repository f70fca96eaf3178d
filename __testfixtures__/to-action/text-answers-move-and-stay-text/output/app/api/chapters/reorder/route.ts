import { NextResponse } from 'next/server';
import { currentUser } from '@/lib/store';
import { updateReorder } from '@/app/actions/chapters-reorder';

export async function PUT(request: Request) {
  const user = await currentUser();
  if (!user) {
    return new NextResponse('Unauthorized', { status: 401 });
  }
  let input;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updateReorder(input);
  return new Response(result.data, { status: result.status });
}
