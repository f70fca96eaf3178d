'use server';

export async function getProjects(): Promise<{ ok: boolean; status: number; data: any }> {
  return {
    ok: true,
    status: 200,
    data: [{ id: 'p1', name: 'Apollo' }]
  };
}
