'use server';

import { db } from '@/lib/db';
import { db as db2 } from '@/lib/archive-db';

const LIMIT = 10;
const LIMIT2 = 20;

export async function createNote(input: { title?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { title } = input;
  if (db.size() >= LIMIT) return {
    ok: false,
    status: 409,
    data: { error: 'Too many notes' }
  };
  return {
    ok: true,
    status: 201,
    data: db.add(title)
  };
}

export async function updateNote(id: string, input: any) {
  return { saved: db2.save(id, input), LIMIT: LIMIT2 };
}
