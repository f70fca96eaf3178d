'use client';

import { useRouter } from 'next/navigation';

export function EmptyCartButton() {
  const router = useRouter();

  async function emptyCart() {
    const res = await fetch('/api/cart', { method: 'DELETE' });
    if (res.ok) router.refresh();
  }

  return (
    <button type="button" onClick={emptyCart}>
      Empty cart
    </button>
  );
}
