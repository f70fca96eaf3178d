import type { Metadata } from 'next'

export const metadata: Metadata = {
  title: 'Reading list',
  description: 'Books to read, with ky calling the API.',
}

export default function RootLayout({
  children,
}: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
