'use server';

export async function createTag(input: { name?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { name } = input;
  return {
    ok: true,
    status: 201,
    data: { name: String(name).toLowerCase() }
  };
}
