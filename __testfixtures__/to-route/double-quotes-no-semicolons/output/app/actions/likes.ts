"use server"

export async function like(postId: string) {
  return { liked: postId }
}
