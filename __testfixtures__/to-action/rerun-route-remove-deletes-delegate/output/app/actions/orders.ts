'use server';

export async function createOrder(input: { sku?: any; quantity?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { sku, quantity } = input;
  if (!Number.isInteger(quantity) || quantity < 1) {
    return {
      ok: false,
      status: 422,
      data: { error: 'Choose a quantity of at least 1', field: 'quantity' }
    };
  }
  return {
    ok: true,
    status: 200,
    data: {
      orderId: `ord_${sku}_${quantity}`,
      message: `Ordered ${quantity} × ${sku}. You will get a confirmation email shortly.`,
    }
  };
}
