export interface Product {
  sku: string;
  name: string;
  /** in cents */
  price: number;
}

export const products: Product[] = [
  { sku: 'beans-250', name: 'Coffee beans', price: 1400 },
  { sku: 'kettle-gooseneck', name: 'Pour-over kettle', price: 4500 },
  { sku: 'filters-100', name: 'Paper filters', price: 600 },
];

export function findProduct(sku: string): Product | undefined {
  return products.find((product) => product.sku === sku);
}

export function formatPrice(cents: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
}
