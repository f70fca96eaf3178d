import { notFound } from 'next/navigation';
import { CategoryForm } from '@/components/category-form';
import { CategoryItem } from '@/components/category-item';
import { SettingsForm } from '@/components/settings-form';
import { db } from '@/lib/db';
import { currentUser } from '@/lib/session';

export default async function SettingsPage({ params }: { params: Promise<{ storeId: string }> }) {
  const { storeId } = await params;
  const store = await db.store.find(storeId);
  if (!store) notFound();

  const [categories, user] = await Promise.all([db.category.findMany(storeId), currentUser()]);
  const here = encodeURIComponent(`/${storeId}/settings`);

  return (
    <main>
      <header className="session">
        {user ? (
          <>
            Signed in as {user.name} · <a href={`/auth/sign-out?next=${here}`}>Sign out</a>
          </>
        ) : (
          <>
            Not signed in · <a href={`/auth/sign-in?next=${here}`}>Sign in</a>
          </>
        )}
      </header>

      <h1>{store.name}</h1>
      <SettingsForm initialData={store} />

      <section className="card">
        <h2>Categories</h2>
        <p>{categories.length === 1 ? '1 category' : `${categories.length} categories`}</p>
        <ul className="categories">
          {categories.map((category) => (
            <CategoryItem key={category.id} category={category} />
          ))}
        </ul>
        <CategoryForm />
      </section>
    </main>
  );
}
