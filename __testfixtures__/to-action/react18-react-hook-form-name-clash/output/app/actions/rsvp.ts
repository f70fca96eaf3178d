'use server';

export async function createRsvp(data: FormData): Promise<{ ok: boolean; status: number; data: any }> {
  const name = data.get('name');
  if (!name) return {
    ok: false,
    status: 422,
    data: { error: 'Name is required' }
  };
  return {
    ok: true,
    status: 200,
    data: { message: `See you there, ${name}!` }
  };
}
