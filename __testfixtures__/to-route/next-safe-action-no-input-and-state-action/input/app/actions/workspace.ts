'use server';

import { z } from 'zod';
import { zfd } from 'zod-form-data';
import { actionClient, noteClient } from '@/lib/safe-action';

// No input schema: the action takes nothing.
export const pingWorkspace = actionClient.action(async () => {
  return { status: 'ready', checkedAt: new Date().toISOString() };
});

export const listShortcuts = actionClient.action(async ({ ctx }) => ({ shortcuts: ['g d', 'g s'], ctx }));

const profileForm = zfd.formData({
  displayName: zfd.text(z.string().min(2).max(40)),
});

// Used with useActionState and a <form>: the input is the submitted form.
export const renameProfile = actionClient
  .inputSchema(profileForm)
  .stateAction<{ previous?: string; current: string }>(async ({ parsedInput }, { prevResult }) => {
    return { previous: prevResult.data?.current, current: parsedInput.displayName };
  });

// The older name of inputSchema, with a JSON object input.
export const addLabel = actionClient
  .schema(z.object({ label: z.string().min(1) }))
  .stateAction<{ labels: string[] }>(async ({ parsedInput }, { prevResult }) => ({
    labels: [...(prevResult.data?.labels ?? []), parsedInput.label],
  }));

// No input, only the previous result.
export const countVisit = actionClient.stateAction<{ visits: number }>(async (_input, { prevResult }) => ({
  visits: (prevResult.data?.visits ?? 0) + 1,
}));

// Its input schema is on the client, declared in another module.
export const saveNote = noteClient.action(async ({ parsedInput }) => ({ saved: parsedInput.note.length }));
