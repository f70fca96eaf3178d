import { redirect } from 'next/navigation';
import { signOut } from '@/app/(login)/actions';
import { getUser } from '@/lib/db/queries';
import { AccountForm } from './account-form';
import { DeleteAccountForm } from './delete-account-form';
import { PasswordForm } from './password-form';

export default async function DashboardPage() {
  const user = await getUser();
  if (!user) redirect('/sign-in');

  return (
    <main>
      <header>
        <h1>Team settings</h1>
        <p>Signed in as {user.email}</p>
        <form action={signOut}>
          <button type="submit">Sign out</button>
        </form>
      </header>
      <section className="card">
        <h2>Account</h2>
        <p>Display name: {user.name ?? 'not set'}</p>
        <AccountForm name={user.name ?? ''} email={user.email} />
      </section>
      <section className="card">
        <h2>Password</h2>
        <PasswordForm />
      </section>
      <section className="card">
        <h2>Delete account</h2>
        <DeleteAccountForm />
      </section>
    </main>
  );
}
