import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Northwind Studio — Contact',
  description: 'Get in touch with the Northwind Studio team.',
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
