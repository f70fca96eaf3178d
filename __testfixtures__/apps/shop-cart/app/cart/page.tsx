import { cookies } from 'next/headers';
import { EmptyCartButton } from '../components/empty-cart-button';
import { findProduct, formatPrice } from '@/lib/catalog';
import { CART_COOKIE, parseCart } from '@/lib/cart';

export default async function CartPage() {
  const lines = parseCart((await cookies()).get(CART_COOKIE)?.value);
  const rows = lines.flatMap((line) => {
    const product = findProduct(line.sku);
    return product ? [{ ...line, product }] : [];
  });
  const total = rows.reduce((sum, row) => sum + row.quantity * row.product.price, 0);

  if (rows.length === 0) {
    return (
      <main>
        <h1>Your cart</h1>
        <p>Your cart is empty.</p>
      </main>
    );
  }

  return (
    <main>
      <h1>Your cart</h1>
      <ul>
        {rows.map((row) => (
          <li key={row.sku}>
            {row.quantity} × {row.product.name} — {formatPrice(row.quantity * row.product.price)}
          </li>
        ))}
      </ul>
      <p>Total: {formatPrice(total)}</p>
      <EmptyCartButton />
    </main>
  );
}
