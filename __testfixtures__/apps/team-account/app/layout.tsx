import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Team account',
  description: 'Sign-in and account settings built with validated Server Actions.',
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
