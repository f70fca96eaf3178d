'use client';

import { createPost, createPostById } from '../actions/posts';

export function ActionsBar({ postId }: { postId: string }) {
  return (
    <>
      <button onClick={() => createPost({ title: 'New' })}>New post</button>
      <button onClick={() => createPostById(postId, { title: 'Copy' })}>Duplicate</button>
    </>
  );
}
