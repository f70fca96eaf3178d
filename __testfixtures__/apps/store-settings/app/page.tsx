import Link from 'next/link';
import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const stores = await db.store.findMany();

  return (
    <main>
      <h1>Your stores</h1>
      <ul>
        {stores.map((store) => (
          <li key={store.id}>
            <Link href={`/${store.id}/settings`}>{store.name}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
