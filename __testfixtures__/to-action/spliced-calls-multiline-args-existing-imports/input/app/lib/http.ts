export const JSON_TYPE = 'application/json';

export function describeError(status: number): string {
  return status === 422 ? 'Check the title' : 'Something went wrong';
}
