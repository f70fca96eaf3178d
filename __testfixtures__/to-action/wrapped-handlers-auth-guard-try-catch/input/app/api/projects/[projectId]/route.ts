import { NextResponse } from 'next/server';
import { withAuth, withSession } from '@/lib/with-auth';
import { db } from '@/lib/db';

export const PATCH = withAuth(async (req, { params }: { params: Promise<{ projectId: string }> }) => {
  const { projectId } = await params;
  const body = await req.json();
  const project = await db.project.update({ where: { id: projectId }, data: body });
  return NextResponse.json(project);
});

export const DELETE = withSession(async (_req, { params }: { params: Promise<{ projectId: string }> }, user) => {
  const { projectId } = await params;
  await db.project.delete({ where: { id: projectId, ownerId: user.userId } });
  return new NextResponse(null, { status: 204 });
});
