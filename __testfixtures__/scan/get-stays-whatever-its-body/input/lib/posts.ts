export interface Post {
  id: number;
  title: string;
  likes: number;
}

const posts: Post[] = [{ id: 1, title: 'Hello', likes: 0 }];

export async function findPost(id: number): Promise<Post | undefined> {
  return posts.find((p) => p.id === id);
}

export async function searchPosts(q: string): Promise<Post[]> {
  return posts.filter((p) => p.title.toLowerCase().includes(q.toLowerCase()));
}

export async function likePost(id: number): Promise<Post | undefined> {
  const post = posts.find((p) => p.id === id);
  if (post) post.likes += 1;
  return post;
}
