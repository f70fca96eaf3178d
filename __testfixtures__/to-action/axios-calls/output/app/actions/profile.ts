'use server';

export async function createProfile(input: { name?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { name } = input;
  if (typeof name !== 'string' || name.length === 0) {
    return {
      ok: false,
      status: 400,
      data: { error: 'Name is required' }
    };
  }
  return {
    ok: true,
    status: 200,
    data: { name }
  };
}
