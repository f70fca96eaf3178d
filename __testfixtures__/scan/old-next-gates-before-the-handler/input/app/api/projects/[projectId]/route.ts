import { NextResponse } from 'next/server';
import { archiveProject, renameProject } from '@/lib/projects';

type RouteContext = { params: { projectId: string } };

// The whole route context goes through a check of its own before the params are used.
function checkedContext(context: unknown): RouteContext {
  const params = (context as { params?: { projectId?: unknown } }).params;
  if (typeof params?.projectId !== 'string') throw new Error('projectId is required');
  return { params: { projectId: params.projectId } };
}

export async function PATCH(req: Request, context: RouteContext) {
  const { params } = checkedContext(context);
  const { name } = await req.json();
  const project = await renameProject(params.projectId, name);
  if (!project) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(project);
}

export async function DELETE(req: Request, { params }: RouteContext) {
  const archived = await archiveProject(params.projectId);
  return NextResponse.json({ archived });
}
