export function instrument<T>(label: string, fn: T): T {
  console.info('instrumented', label);
  return fn;
}
