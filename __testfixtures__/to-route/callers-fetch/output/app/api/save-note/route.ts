import { NextResponse } from 'next/server';
import { unstable_rethrow } from 'next/navigation';
import { saveNote } from '../../actions/notes';

export async function POST(request: Request) {
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Expected multipart/form-data or application/x-www-form-urlencoded' }, { status: 400 });
  }
  try {
    const result = await saveNote(undefined, formData);
    if (result === undefined) return new Response(null, { status: 204 });
    return NextResponse.json(result);
  } catch (error) {
    // redirect() and notFound() throw on purpose: let Next.js handle them.
    unstable_rethrow(error);
    console.error(error);
    return NextResponse.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
