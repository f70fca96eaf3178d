let nextId = 1;

export async function savePost(title: string) {
  return { id: nextId++, title };
}
