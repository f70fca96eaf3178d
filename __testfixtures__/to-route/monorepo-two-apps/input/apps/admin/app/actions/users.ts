'use server';

export async function subscribe(email: string) {
  return { admin: email };
}
