export async function addComment(postId: string, text: string): Promise<void> {
  console.log(postId, text);
}
