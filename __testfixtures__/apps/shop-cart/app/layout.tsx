import type { Metadata } from 'next';
import Link from 'next/link';
import { cookies } from 'next/headers';
import { CART_COOKIE, itemCount, parseCart } from '@/lib/cart';
import './globals.css';

export const metadata: Metadata = {
  title: 'Bean There',
  description: 'Coffee gear, shipped.',
};

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const cart = parseCart((await cookies()).get(CART_COOKIE)?.value);

  return (
    <html lang="en">
      <body>
        <header>
          <Link href="/">Bean There</Link>
          <Link href="/cart">Cart ({itemCount(cart)})</Link>
        </header>
        {children}
      </body>
    </html>
  );
}
