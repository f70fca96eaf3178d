'use server';

export async function createItem(item: any): Promise<{ ok: boolean; status: number; data: any }> {
  if (!item.name) {
    return {
      ok: false,
      status: 422,
      data: { error: 'Name is required' }
    };
  }
  return {
    ok: true,
    status: 201,
    data: { id: 1, ...item }
  };
}
