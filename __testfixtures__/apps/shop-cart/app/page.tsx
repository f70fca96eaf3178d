import { AddToCartButton } from './components/add-to-cart-button';
import { formatPrice, products } from '@/lib/catalog';

export default function ShopPage() {
  return (
    <main>
      <h1>Brew better at home</h1>
      <div className="products">
        {products.map((product) => (
          <section key={product.sku} className="product">
            <h2>{product.name}</h2>
            <p>{formatPrice(product.price)}</p>
            <AddToCartButton sku={product.sku} name={product.name} />
          </section>
        ))}
      </div>
    </main>
  );
}
