export function Status({ reply }: { reply: string; useFormState: unknown }) {
  return <p>{reply}</p>;
}
