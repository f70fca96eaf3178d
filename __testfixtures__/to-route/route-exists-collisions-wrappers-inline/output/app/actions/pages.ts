'use server';

export async function publish(pageId: string) {
  return { published: pageId };
}
