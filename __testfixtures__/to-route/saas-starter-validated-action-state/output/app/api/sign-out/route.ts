import { NextResponse } from 'next/server';
import { unstable_rethrow } from 'next/navigation';
import { signOut } from '@/app/(login)/actions';

export async function POST() {
  try {
    const result = await signOut();
    if (result === undefined) return new Response(null, { status: 204 });
    return NextResponse.json(result);
  } catch (error) {
    // redirect() and notFound() throw on purpose: let Next.js handle them.
    unstable_rethrow(error);
    console.error(error);
    return NextResponse.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
