import { NextResponse } from 'next/server';

const ONE_WEEK = 60 * 60 * 24 * 7;
const COOKIE = 'theme';
const THEMES = ['light', 'dark'] as const;
// Not used by the handler: the author's own, it stays.
const LEGACY_MAX_AGE = 60 * 60 * 24 * 28;

export async function GET() {
  return NextResponse.json({ themes: THEMES });
}

export async function PUT(request: Request) {
  const { theme } = await request.json();
  if (!THEMES.includes(theme)) {
    return NextResponse.json({ error: 'Unknown theme' }, { status: 400 });
  }
  const response = NextResponse.json({ theme });
  response.cookies.set(COOKIE, theme, { path: '/', maxAge: ONE_WEEK });
  return response;
}
