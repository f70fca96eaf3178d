const posts = [{ id: 1, slug: 'hello-world' }];

export async function findPost(slug: string) {
  return posts.find((post) => post.slug === slug) ?? null;
}
