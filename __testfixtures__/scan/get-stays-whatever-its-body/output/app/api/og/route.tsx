import { ImageResponse } from 'next/og';

export async function GET(req: Request) {
  const title = new URL(req.url).searchParams.get('title') ?? 'Posts';
  return new ImageResponse(<div style={{ fontSize: 64 }}>{title}</div>, { width: 1200, height: 630 });
}
