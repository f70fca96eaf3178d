import type { z } from 'zod';
import { getUser } from './session';

export type ActionState = { error?: string; success?: string; [key: string]: any };

export function validatedAction<S extends z.ZodTypeAny, T>(schema: S, action: (data: z.infer<S>, formData: FormData) => Promise<T>) {
  return async (prevState: ActionState, formData: FormData) => {
    const result = schema.safeParse(Object.fromEntries(formData));
    if (!result.success) return { error: result.error.errors[0].message };
    return action(result.data, formData);
  };
}

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(schema: S, action: (data: z.infer<S>, formData: FormData, user: { id: string }) => Promise<T>) {
  return async (prevState: ActionState, formData: FormData) => {
    const user = await getUser();
    if (!user) throw new Error('User is not authenticated');
    const result = schema.safeParse(Object.fromEntries(formData));
    if (!result.success) return { error: result.error.errors[0].message };
    return action(result.data, formData, user);
  };
}
