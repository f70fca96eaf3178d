'use server';

export async function addToCart(productId: string, quantity: number) {
  if (typeof productId !== 'string' || !Number.isInteger(quantity)) throw new Error('Bad input');
  return { productId, quantity };
}
