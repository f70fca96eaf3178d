import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: 'Helpdesk',
  description: 'Ask support, see your invoices.',
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body>
        <nav>
          <Link href="/">Ask support</Link> · <Link href="/billing">Billing</Link>
        </nav>
        {children}
      </body>
    </html>
  );
}
