import Link from 'next/link';

export default function HomePage() {
  return (
    <main>
      <h1>Team account</h1>
      <p>Manage your team's account and security settings.</p>
      <p>
        <Link href="/sign-in">Sign in</Link> or <Link href="/sign-up">create an account</Link>.
      </p>
    </main>
  );
}
