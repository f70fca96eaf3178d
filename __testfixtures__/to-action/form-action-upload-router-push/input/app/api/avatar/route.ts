import { NextResponse } from 'next/server';
import { storeAvatar } from '@/lib/storage';

export async function POST(request: Request) {
  const data = await request.formData();
  const file = data.get('avatar');
  if (!(file instanceof File) || file.size === 0) {
    return NextResponse.json({ error: 'Choose an image' }, { status: 400 });
  }
  const url = await storeAvatar(file);
  return NextResponse.json({ url });
}
