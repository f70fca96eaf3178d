'use server';

export async function createVote(input) {
  const { pollId, option } = input;
  return { pollId, option, total: 1 };
}
