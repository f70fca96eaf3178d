'use server';

export async function createSuggest(input: { title?: any }) {
  const { title } = input;
  return title.toLowerCase().split(' ');
}
