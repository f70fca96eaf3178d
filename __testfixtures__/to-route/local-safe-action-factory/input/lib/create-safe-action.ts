import type { z } from 'zod';

export type FieldErrors<T> = { [K in keyof T]?: string[] };

export type ActionState<TInput, TOutput> = {
  fieldErrors?: FieldErrors<TInput>;
  error?: string | null;
  data?: TOutput;
};

// Checks the input against the schema before the handler sees it.
export const createSafeAction = <TInput, TOutput>(schema: z.Schema<TInput>, handler: (data: TInput) => Promise<ActionState<TInput, TOutput>>) => {
  return async (data: TInput): Promise<ActionState<TInput, TOutput>> => {
    const checked = schema.safeParse(data);
    if (!checked.success) return { fieldErrors: checked.error.flatten().fieldErrors as FieldErrors<TInput> };
    return handler(checked.data);
  };
};
