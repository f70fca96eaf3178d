'use server';

let count = 0;

export async function createCounter(input: { step?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { step } = input;
  if (typeof step !== 'number') {
    return {
      ok: false,
      status: 400,
      data: { error: 'step must be a number' }
    };
  }
  count += step;
  return {
    ok: true,
    status: 200,
    data: { count }
  };
}
