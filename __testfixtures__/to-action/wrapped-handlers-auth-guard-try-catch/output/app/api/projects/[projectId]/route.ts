import { NextResponse } from 'next/server';
import { deleteProject, updateProject } from '@/app/actions/projects';

export async function PATCH(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  let body;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  const result = await updateProject(projectId, body);
  if (result.status === 401) return new Response(result.data, { status: result.status });
  return NextResponse.json(result.data, { status: result.status });
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const result = await deleteProject(projectId);
  if (result.status === 204) return new Response(null, { status: 204 });
  return NextResponse.json(result.data, { status: result.status });
}
