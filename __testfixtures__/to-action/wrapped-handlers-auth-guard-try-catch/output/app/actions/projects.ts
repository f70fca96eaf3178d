'use server';

import { db } from '@/lib/db';
import { getSession } from '@/lib/session';
import { auth } from '@clerk/nextjs/server';

export async function deleteProject(projectId: string): Promise<{ ok: boolean; status: number; data: any }> {
  const session = await getSession();
  if (!session) {
    return {
      ok: false,
      status: 401,
      data: { error: 'Not signed in' }
    };
  }
  const user = session;
  await db.project.delete({ where: { id: projectId, ownerId: user.userId } });
  return {
    ok: true,
    status: 204,
    data: null
  };
}

export async function updateProject(projectId: string, body: any): Promise<{ ok: boolean; status: number; data: any }> {
  const { userId } = await auth();
  if (!userId) return {
    ok: false,
    status: 401,
    data: 'Unauthorized'
  };
  const project = await db.project.update({ where: { id: projectId }, data: body });
  return {
    ok: true,
    status: 200,
    data: project
  };
}
