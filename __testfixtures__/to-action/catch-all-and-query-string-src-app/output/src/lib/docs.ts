export async function saveDraft(path: string, content: string, version: string | null) {
  return { path, content, version: version ?? 'latest' };
}
