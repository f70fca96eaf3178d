'use server';

import { z } from 'zod';
import { actionClient } from '@/lib/safe-action';

// Bound to the project id in the form, then handed the form's FormData: one body cannot carry both.
export async function archiveProject(projectId: string, formData: FormData) {
  return { projectId, reason: formData.get('reason') };
}

// `_teamId` reads like a form state, but call sites bind it.
export async function leaveTeam(_teamId: string, formData: FormData) {
  return { left: formData.get('confirm') === 'yes' };
}

export async function deleteProject(projectId: string) {
  if (typeof projectId !== 'string') throw new Error('projectId must be a string');
  return { deleted: projectId };
}

export async function moveProject(projectId: string, target: { folder: string }) {
  return { projectId, folder: target.folder };
}

export const updateRule = actionClient
  .bindArgsSchemas<[emailAccountId: z.ZodString]>([z.string()])
  .inputSchema(z.object({ rule: z.string() }))
  .action(async ({ parsedInput, bindArgsParsedInputs: [emailAccountId] }) => {
    return { emailAccountId, rule: parsedInput.rule };
  });

export const deleteRule = actionClient
  .bindArgsSchemas<[emailAccountId: z.ZodString]>([z.string()])
  .action(async ({ bindArgsParsedInputs }) => {
    return { emailAccountId: bindArgsParsedInputs[0] };
  });
