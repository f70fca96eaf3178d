'use server';

import { z } from 'zod';
import { getUser } from '@/lib/session';

const contactSchema = z.object({ email: z.string().email() });

async function requireUser() {
  const user = await getUser();
  if (!user) throw new Error('Not authenticated');
  return user;
}

// The envelope to-action writes: the route answers its status.
export async function createContact(input: { email: string }) {
  const parsed = contactSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 422, data: { error: 'Invalid email' } };
  return { ok: true, status: 201, data: { email: parsed.data.email } };
}

const registerSchema = z.object({ name: z.string().min(2), email: z.string().email() });

export async function register(prevState: unknown, formData: FormData) {
  const parsed = registerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { errors: parsed.error.flatten().fieldErrors };
  }
  return { message: `Welcome ${parsed.data.name}` };
}

export async function deleteProject(id: string) {
  const user = await requireUser();
  if (typeof id !== 'string') return { error: 'Missing id' };
  if (user.role !== 'admin') return { error: 'Forbidden' };
  return { deleted: id };
}

export async function toggleFlag(flag: string, on: boolean) {
  if (typeof flag !== 'string' || typeof on !== 'boolean') return { success: false, message: 'Bad flag' };
  return { success: true, flag, on };
}

export async function saveKeys(prevState: unknown, formData: FormData) {
  const apiKey = formData.get('apiKey');
  if (typeof apiKey !== 'string' || apiKey.length < 20) {
    return { ...Object.fromEntries(formData), error: 'That key is too short' };
  }
  return { saved: true };
}

export async function ping() {
  return { pong: true, error: null };
}
