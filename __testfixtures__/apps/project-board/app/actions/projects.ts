'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { findProject, insertProject } from '@/lib/projects';

const nameSchema = z.string().trim().min(3, 'Project names need at least 3 characters').max(60, 'Keep project names under 60 characters');

export async function createProject(formData: FormData): Promise<void> {
  const parsed = nameSchema.safeParse(formData.get('name'));
  if (!parsed.success) return;
  insertProject(parsed.data);
  revalidatePath('/');
}

export async function renameProject(id: string, name: string) {
  const parsed = nameSchema.safeParse(name);
  if (!parsed.success) {
    return { ok: false as const, error: parsed.error.issues[0].message };
  }
  const project = findProject(id);
  if (!project) {
    return { ok: false as const, error: 'Project not found' };
  }
  project.name = parsed.data;
  revalidatePath('/');
  return { ok: true as const, project };
}

export async function archiveProject(id: string): Promise<void> {
  const project = findProject(id);
  if (!project) {
    // What a database driver error looks like: nothing a client should ever see.
    throw new Error(`archiveProject: no row in projects where id=${id} (postgres://app@10.0.3.7:5432/board)`);
  }
  project.archived = true;
  revalidatePath('/');
}
