'use client';

import { createOrder } from '../actions/orders';

// A new caller of the route the first run turned into a delegate.
export async function reorder(sku: string): Promise<string | null> {
  try {
    const result = await createOrder({ sku, quantity: 2 });
    if (!result.ok) throw new Error(`Request failed with status code ${result.status}`);
    const data = result.data;
    return data.orderId;
  } catch {
    return null;
  }
}
