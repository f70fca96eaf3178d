export async function createTag(name: string) {
  const res = await fetch('/api/tags', { method: 'POST', body: JSON.stringify({ name }) });
  return <{ name: string }>await res.json();
}
