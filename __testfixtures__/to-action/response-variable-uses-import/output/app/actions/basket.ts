'use server';

import { cookies } from 'next/headers';
import { formatCount } from '@/lib/format';

export async function createBasket(input: { items?: any }) {
  const { items } = input;
  (await cookies()).set('basket-seen', '1');
  return { label: formatCount(items.length) };
}
