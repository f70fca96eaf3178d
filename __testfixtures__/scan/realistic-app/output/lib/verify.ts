export function verify(payload: string, signature: string | null): boolean {
  return payload.length > 0 && signature !== null;
}
