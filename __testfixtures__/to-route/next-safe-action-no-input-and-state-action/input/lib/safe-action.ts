import { createSafeActionClient } from 'next-safe-action';
import { z } from 'zod';

export const actionClient = createSafeActionClient();

// A client that fixes the input for every action built on it.
export const noteClient = actionClient.inputSchema(z.object({ note: z.string().max(500) }));
