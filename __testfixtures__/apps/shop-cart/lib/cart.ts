import { z } from 'zod';

export const CART_COOKIE = 'cart';

export type CartLine = { sku: string; quantity: number };

const cartSchema = z.array(z.object({ sku: z.string(), quantity: z.number().int().positive() }));

/** The cart kept in the `cart` cookie; anything unreadable is an empty cart. */
export function parseCart(value: string | undefined): CartLine[] {
  if (!value) return [];
  try {
    const parsed = cartSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function addLine(lines: CartLine[], sku: string, quantity: number): CartLine[] {
  const existing = lines.find((line) => line.sku === sku);
  if (existing) return lines.map((line) => (line.sku === sku ? { ...line, quantity: line.quantity + quantity } : line));
  return [...lines, { sku, quantity }];
}

export function itemCount(lines: CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0);
}
