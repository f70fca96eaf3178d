'use server';

export async function listNotes() {
  return [{ id: 'n1', title: 'Welcome' }];
}
