'use server';

export async function createPing() {
  return { app: 'web' };
}
