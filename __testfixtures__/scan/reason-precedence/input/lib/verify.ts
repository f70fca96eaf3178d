export function verify(body: unknown, signature: string): boolean {
  return typeof body === 'object' && signature.length > 0;
}
