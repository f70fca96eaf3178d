'use server';

export async function createPost(input: { title?: any }) {
  const { title } = input;
  return { id: 'p1', title };
}

export async function createPostById(id: string, input: { title?: any }) {
  const { title } = input;
  return { id: `${id}-copy`, title };
}
