import { createTag as createTagAction } from '../actions/tags';

export async function createTag(name: string) {
  const data = await createTagAction({ name });
  return <{ name: string }>data;
}
