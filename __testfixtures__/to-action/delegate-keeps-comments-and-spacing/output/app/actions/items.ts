'use server';

import { z } from 'zod';

const Item = z.object({ name: z.string() });

export async function createItem(input: any) {
  const item = Item.parse(input);
  return item;
}
