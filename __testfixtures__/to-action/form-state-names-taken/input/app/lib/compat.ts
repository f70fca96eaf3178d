export function useActionState(): number {
  return 0;
}
