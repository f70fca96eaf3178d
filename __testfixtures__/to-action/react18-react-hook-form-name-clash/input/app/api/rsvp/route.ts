import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const data = await request.formData();
  const name = data.get('name');
  if (!name) return NextResponse.json({ error: 'Name is required' }, { status: 422 });
  return NextResponse.json({ message: `See you there, ${name}!` });
}
