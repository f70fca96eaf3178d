import { NextResponse } from 'next/server';
import { withAuth } from '@/lib/auth';
import { getProjects } from '@/app/actions/projects';

export const POST = withAuth(async ({ req, session }) => {
  const body = await req.json();
  return NextResponse.json({ ...body, owner: session.userId });
});

export async function GET() {
  const result = await getProjects();
  return NextResponse.json(result.data, { status: result.status });
}
