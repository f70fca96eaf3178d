'use server';

export async function listNotes() {
  return [{ id: 'n1', title: 'Welcome' }];
}

export async function createNote(input: { title?: any; body?: any; tags?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { title, body, tags } = input;
  if (!title) return {
    ok: false,
    status: 422,
    data: { error: 'A note needs a title' }
  };
  return {
    ok: true,
    status: 200,
    data: { id: `n_${title}`, title, body, tags }
  };
}

export async function deleteNote(id: string): Promise<{ ok: boolean; status: number; data: any }> {
  return {
    ok: true,
    status: 200,
    data: { archived: id }
  };
}
