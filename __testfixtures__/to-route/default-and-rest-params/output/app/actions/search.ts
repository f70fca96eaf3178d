'use server';

export async function search(query: string, page = 1) {
  return { query, page, results: [] as string[] };
}

export async function tagAll(...ids: string[]) {
  return ids.length;
}
