export function toast(message: string): void {
  console.log(message);
}
