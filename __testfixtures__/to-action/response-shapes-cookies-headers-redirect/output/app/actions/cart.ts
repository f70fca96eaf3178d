'use server';

import { revalidatePath } from 'next/cache';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';

export async function deleteCart() {
  revalidatePath('/cart');
  return { cleared: true };
}

export async function createCart(input: { productId?: any; quantity?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const locale = (await headers()).get('accept-language') ?? 'en';
  const { productId, quantity } = input;
  if (!(await cookies()).get('session')) {
    redirect('/login');
  }
  if (quantity < 1) {
    return {
      ok: false,
      status: 400,
      data: 'Quantity must be at least 1'
    };
  }
  (await cookies()).set('cart', `${productId}:${quantity}`, { httpOnly: true });
  revalidatePath('/cart');
  return {
    ok: true,
    status: 200,
    data: { productId, quantity, locale }
  };
}
