'use server'

export async function placeOrder(order) {
  if (!order || typeof order.sku !== 'string') return { error: 'Missing sku' }
  return { id: 'o1', sku: order.sku }
}
