'use server';

type Tag = { name: string };
const tags: Tag[] = [];

export async function createTag(input: any) {
  const tag = <Tag>input;
  tags.push(tag);
  return tag;
}
