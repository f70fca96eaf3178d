'use client';

import { createComment } from '@/app/actions/posts-comments';
import { useFormState } from 'react-dom';

export function CommentForm({ postId }: { postId: string }) {
  const [feedback, formAction] = useFormState(submit, '');

  async function submit(prevState: string, formData: FormData) {
    let feedback = prevState;
    const result = await createComment(postId, formData);
    const json = result.data;
    feedback = result.ok ? json.message : json.error;
    return feedback;
  }

  return (
    <form action={formAction}>
      <textarea name="text" />
      <button>Post</button>
      <p>{feedback}</p>
    </form>
  );
}
