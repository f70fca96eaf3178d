'use client';

import { createPost } from '../actions/posts';

export function NewPost() {
  async function create() {
    const result = await createPost({ title: 'Hello' });
    if (!result.ok) return;
    const post = result.data;
    console.log(post.id);
  }
  return <button onClick={create}>New</button>;
}
