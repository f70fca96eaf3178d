'use server';

export async function createNote(body: any): Promise<{ ok: boolean; status: number; data: any }> {
  if (!body.title) return {
    ok: false,
    status: 400,
    data: 'Missing title'
  };
  return {
    ok: true,
    status: 200,
    data: { id: 1, title: body.title }
  };
}
