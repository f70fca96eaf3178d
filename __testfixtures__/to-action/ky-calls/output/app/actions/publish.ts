'use server';

export async function publish(input: { id?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { id } = input;
  if (!id) {
    return {
      ok: false,
      status: 422,
      data: { error: 'Missing id' }
    };
  }
  return {
    ok: true,
    status: 200,
    data: { published: id }
  };
}
