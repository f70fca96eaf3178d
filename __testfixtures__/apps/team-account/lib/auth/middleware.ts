import { z } from 'zod';
import { getUser } from '@/lib/db/queries';
import type { User } from '@/lib/db/store';

export type ActionState = {
  error?: string;
  success?: string;
  [key: string]: any;
};

type ValidatedActionFunction<S extends z.ZodType<any, any>, T> = (data: z.infer<S>, formData: FormData) => Promise<T>;

/** A form action whose fields are checked against `schema` before `action` runs. */
export function validatedAction<S extends z.ZodType<any, any>, T>(schema: S, action: ValidatedActionFunction<S, T>) {
  return async (prevState: ActionState, formData: FormData) => {
    const result = schema.safeParse(Object.fromEntries(formData));
    if (!result.success) {
      return { error: result.error.errors[0].message };
    }
    return action(result.data, formData);
  };
}

type ValidatedActionWithUserFunction<S extends z.ZodType<any, any>, T> = (data: z.infer<S>, formData: FormData, user: User) => Promise<T>;

/** The same, for signed-in users only: the action gets the user of the session. */
export function validatedActionWithUser<S extends z.ZodType<any, any>, T>(schema: S, action: ValidatedActionWithUserFunction<S, T>) {
  return async (prevState: ActionState, formData: FormData) => {
    const user = await getUser();
    if (!user) {
      throw new Error('User is not authenticated');
    }
    const result = schema.safeParse(Object.fromEntries(formData));
    if (!result.success) {
      return { error: result.error.errors[0].message };
    }
    return action(result.data, formData, user);
  };
}
