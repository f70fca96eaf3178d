export default async function PostPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;

  async function like() {
    'use server';
    console.log('liked', id);
  }

  async function ping() {
    'use server';
    console.log('ping');
  }

  return (
    <form action={like}>
      <button formAction={ping}>Ping</button>
      <button>Like</button>
    </form>
  );
}
