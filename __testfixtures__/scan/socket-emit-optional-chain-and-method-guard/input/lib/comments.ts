export interface Comment {
  id: string;
  threadId: string;
  text: string;
}

const comments = new Map<string, Comment>();

export async function addComment(threadId: string, text: string): Promise<Comment> {
  const comment = { id: String(comments.size + 1), threadId, text };
  comments.set(comment.id, comment);
  return comment;
}

export async function editComment(id: string, text: string): Promise<Comment | undefined> {
  const comment = comments.get(id);
  if (comment) comment.text = text;
  return comment;
}

export async function removeComment(id: string): Promise<Comment | undefined> {
  const comment = comments.get(id);
  comments.delete(id);
  return comment;
}
